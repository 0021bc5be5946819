"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { closeSupportRequest } from "@/lib/support/close-support-request";
import { closeSupportRequestSchema } from "@/lib/support/support-input";

/** "Close" on a support request in the operator console (operators only, checked again by closeSupportRequest). */
export const closeSupportRequestAction = operatorAction(
  { schema: closeSupportRequestSchema, revalidate: [["/operator", "layout"]] },
  async (input, { actor, t }) => {
    await closeSupportRequest(actor, input);
    return { status: "ok", message: t("support.closed") };
  },
);
