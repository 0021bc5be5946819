"use server";
import { userAction } from "@/lib/actions/define-action";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { revokeInvitation, revokeInvitationSchema } from "@/lib/invitations/revoke-invitation";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";

/** "Revoke" on Indirect resellers: the invitation's link stops working at once (R16). */
export const revokeResellerInvitationAction = userAction(
  { schema: revokeInvitationSchema, revalidate: [INVITATION_KINDS.RESELLER_PARTNERSHIP.listPath] },
  async (input, { actor, t }) => {
    const { intendedEmail } = await revokeInvitation(actor, input, RESELLER_INVITATION_KINDS);
    return { status: "ok", message: t("partnerships.invitations.revoked", { email: intendedEmail ?? "" }) };
  },
);
