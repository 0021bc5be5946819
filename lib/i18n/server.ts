import "server-only";
import { getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";
import { TIME_ZONE_COOKIE, timeZoneFromCookie } from "./time-zone";
import type { Translate } from "./translate";

/** The request's language: the switch's cookie, else the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** The reader's time zone (the browser's, remembered in a cookie), else UTC. */
export const getTimeZone = cache(async () => timeZoneFromCookie((await cookies()).get(TIME_ZONE_COOKIE)?.value));

/** next-intl's server translator (lib/i18n/request.ts) over the whole catalog, as a flat-key function. */
export const getT = cache(async (): Promise<Translate> => {
  const t = await getTranslations();
  return (key, vars) => t(key, vars);
});
