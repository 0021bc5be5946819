"use server";
import { userAction } from "@/lib/actions/define-action";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/customer-invitations/customer-invitation-kinds";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { revokeInvitation, revokeInvitationSchema } from "@/lib/invitations/revoke-invitation";

/** "Revoke" on Sent requests: the request's link stops working at once (R16). */
export const revokeCustomerInvitationAction = userAction(
  { schema: revokeInvitationSchema, revalidate: [INVITATION_KINDS.CUSTOMER_RELATIONSHIP.listPath] },
  async (input, { actor, t }) => {
    await revokeInvitation(actor, input, CUSTOMER_INVITATION_KINDS);
    return { status: "ok", message: t("invites.sent.revoked") };
  },
);
