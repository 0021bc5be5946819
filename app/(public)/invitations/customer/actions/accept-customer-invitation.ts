"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import {
  acceptCustomerInvitation,
  acceptCustomerInvitationSchema,
} from "@/lib/customer-invitations/accept-customer-invitation";
import { isDomainError } from "@/lib/errors";
import { landingPath, signInPath } from "../_components/paths";

/** "Accept": the signed-in customer Global admin accepts (R16); a refusal names its rule, success shows the accepted page. */
export const acceptCustomerInvitationAction = publicAction(
  { schema: acceptCustomerInvitationSchema, omitValues: ["token"], revalidate: ["/overview"] },
  async ({ token }, { actor }) => {
    if (!actor) redirect(signInPath(token));
    if (actor.mustChangePassword) redirect("/change-password");
    try {
      await acceptCustomerInvitation(actor, { token });
    } catch (error) {
      // A double submit: the first one accepted for this organization, so show that page.
      if (!isDomainError(error) || error.messageKey !== "invites.accept.alreadyAcceptedByYou") throw error;
    }
    redirect(landingPath(token));
  },
);
