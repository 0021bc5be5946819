"use server";
import { z } from "zod";
import { verifyContactEmail } from "@/lib/enrollment/verify-contact-email";
import type { FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";

const schema = z.strictObject({ token: z.string().max(100) });

/** "Verify email address": consumes the link (single use) and moves the waiting enrollments to review (R12). */
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, locale] = [await getT(), await getLocale()];
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  const outcome = await verifyContactEmail(parsed.success ? parsed.data.token : "", { locale });
  if (outcome.status === "verified") {
    return {
      status: "ok",
      message: t("enroll.verifyEmail.verified", { email: outcome.email, organization: outcome.organizationName }),
    };
  }
  return {
    status: "error",
    message: `${t(`enroll.verifyEmail.${outcome.status}.title`)} ${t(`enroll.verifyEmail.${outcome.status}.body`)}`,
  };
}
