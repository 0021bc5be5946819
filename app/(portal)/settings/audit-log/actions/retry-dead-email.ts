"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { retryDeadEmail } from "@/lib/email/retry-dead-email";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Retry" on an undeliverable email of the user's organization (P-audit-view, checked by retryDeadEmail). */
export async function retryDeadEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  try {
    const email = await retryDeadEmail(user, String(formData.get("emailId") ?? ""));
    revalidatePath("/settings/audit-log");
    return { status: "ok", message: t("deadEmails.retried", { to: email.toAddress }) };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
