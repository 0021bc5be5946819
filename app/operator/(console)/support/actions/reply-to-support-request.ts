"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { replyToSupportRequest } from "@/lib/support/reply-to-support-request";
import { replySupportRequestSchema } from "@/lib/support/support-input";

/** "Reply" on a support request in the operator console (operators only, checked again by replyToSupportRequest). */
export const replyToSupportRequestAction = operatorAction(
  { schema: replySupportRequestSchema, revalidate: [["/operator", "layout"]] },
  async (input, { actor, t }) => {
    await replyToSupportRequest(actor, input);
    return { status: "ok", message: t("support.replied") };
  },
);
