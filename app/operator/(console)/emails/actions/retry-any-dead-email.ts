"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { retryDeadEmailSchema } from "@/lib/email/dead-email-input";
import { retryAnyDeadEmail } from "@/lib/email/retry-any-dead-email";

/** "Retry" on any organization's undeliverable email, for operators only (checked again by retryAnyDeadEmail). */
export const retryAnyDeadEmailAction = operatorAction(
  { schema: retryDeadEmailSchema, revalidate: ["/operator/emails", "/operator"] },
  async ({ emailId }, { actor, t }) => {
    const email = await retryAnyDeadEmail(actor, emailId);
    return { status: "ok", message: t("deadEmails.retried", { to: email.toAddress }) };
  },
);
