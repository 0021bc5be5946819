"use server";
import type { ResendInvitationState } from "@/components/invitations/sent-invitation-actions";
import { userAction } from "@/lib/actions/define-action";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { resendInvitation, resendInvitationSchema } from "@/lib/invitations/resend-invitation";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";

/** "Resend" on Indirect resellers: a new link by email, shown in the row too; the old one dies (R16). */
export const resendResellerInvitationAction = userAction<typeof resendInvitationSchema, ResendInvitationState>(
  { schema: resendInvitationSchema, revalidate: [INVITATION_KINDS.RESELLER_PARTNERSHIP.listPath] },
  async (input, { actor, t }) => {
    const { url, emailedTo } = await resendInvitation(actor, input, RESELLER_INVITATION_KINDS);
    return { status: "ok", message: t("partnerships.invitations.resent", { email: emailedTo ?? "" }), url };
  },
);
