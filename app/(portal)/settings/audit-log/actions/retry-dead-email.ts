"use server";
import { userAction } from "@/lib/actions/define-action";
import { retryDeadEmailSchema } from "@/lib/email/dead-email-input";
import { retryDeadEmail } from "@/lib/email/retry-dead-email";

/** "Retry" on an undeliverable email of the user's organization (P-audit-view, checked by retryDeadEmail). */
export const retryDeadEmailAction = userAction(
  { schema: retryDeadEmailSchema, revalidate: ["/settings/audit-log"] },
  async ({ emailId }, { actor, t }) => {
    const email = await retryDeadEmail(actor, emailId);
    return { status: "ok", message: t("deadEmails.retried", { to: email.toAddress }) };
  },
);
