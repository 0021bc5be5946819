"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { createSupportRequest } from "@/lib/support/create-support-request";
import { createSupportRequestSchema } from "@/lib/support/support-input";

/** "Create request" on Settings → Support → Create a request (P-support-request, checked again by createSupportRequest); opens the new request. */
export const createSupportRequestAction = userAction(
  { schema: createSupportRequestSchema, revalidate: ["/settings/support"] },
  async (input, { actor }) => {
    const request = await createSupportRequest(actor, input);
    redirect(`/settings/support/${request.id}?created=1`);
  },
);
