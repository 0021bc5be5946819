"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import {
  declineCustomerInvitation,
  declineCustomerInvitationSchema,
} from "@/lib/customer-invitations/decline-customer-invitation";
import { landingPath, signInPath } from "../_components/paths";

/** "Decline": the signed-in customer Global admin ends the request; the page then shows it as declined. */
export const declineCustomerInvitationAction = publicAction(
  { schema: declineCustomerInvitationSchema, omitValues: ["token"] },
  async ({ token }, { actor }) => {
    if (!actor) redirect(signInPath(token));
    if (actor.mustChangePassword) redirect("/change-password");
    await declineCustomerInvitation(actor, { token });
    redirect(landingPath(token));
  },
);
