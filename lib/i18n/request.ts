// next-intl's request config (registered in next.config.ts): no locale in the URL — the language comes
// from the switch's cookie or Accept-Language, the time zone from the browser's cookie (lib/i18n/time-zone.ts).
import { getRequestConfig } from "next-intl/server";
import { formats } from "./formats";
import { getLocale, getTimeZone } from "./server";
import { intlErrorHandling, intlMessages } from "./translate";

export default getRequestConfig(async () => {
  const locale = await getLocale();
  return {
    locale,
    messages: intlMessages(locale),
    timeZone: await getTimeZone(),
    formats,
    ...intlErrorHandling(locale),
  };
});
