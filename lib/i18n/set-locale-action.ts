"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locales";

/** The language switch: remembers the choice for a year. */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
}
