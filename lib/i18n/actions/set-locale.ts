"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const schema = z.strictObject({ locale: z.enum(LOCALES) });

/** The language switch: remembers the choice for a year (anything but a known language is ignored). */
export const setLocaleAction = stateless(
  publicAction({ schema }, async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      httpOnly: true,
      secure: (process.env.APP_URL ?? "").startsWith("https://"),
    });
    return { status: "ok" };
  }),
);
