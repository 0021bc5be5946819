"use server";
import { redirect } from "next/navigation";
import { vendorName } from "@/emails/layout";
import { userAction } from "@/lib/actions/define-action";
import { setFlash } from "@/lib/actions/set-flash";
import { createSupportRequest } from "@/lib/support/create-support-request";
import { createSupportRequestSchema } from "@/lib/support/support-input";

/** "Create request" on Settings → Support → Create a request (P-support-request, checked again by createSupportRequest); opens the new request. */
export const createSupportRequestAction = userAction(
  { schema: createSupportRequestSchema, revalidate: ["/settings/support"] },
  async (input, { actor, t }) => {
    const request = await createSupportRequest(actor, input);
    await setFlash(t("support.created", { vendor: vendorName() }));
    redirect(`/settings/support/${request.id}`);
  },
);
