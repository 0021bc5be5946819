"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { retryAnyDeadEmail } from "@/lib/email/retry-any-dead-email";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Retry" on any organization's undeliverable email, for operators only (checked again by retryAnyDeadEmail). */
export async function retryAnyDeadEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  try {
    const email = await retryAnyDeadEmail(operator, String(formData.get("emailId") ?? ""));
    revalidatePath("/operator/emails");
    revalidatePath("/operator");
    return { status: "ok", message: t("deadEmails.retried", { to: email.toAddress }) };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
