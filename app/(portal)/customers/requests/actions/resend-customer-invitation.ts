"use server";
import type { ResendInvitationState } from "@/components/invitations/sent-invitation-actions";
import { userAction } from "@/lib/actions/define-action";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/customer-invitations/customer-invitation-kinds";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { resendInvitation, resendInvitationSchema } from "@/lib/invitations/resend-invitation";

/** "Resend" on Sent requests: a new personal link (the old one dies), emailed again when the request has an address; the row shows the new link. */
export const resendCustomerInvitationAction = userAction<typeof resendInvitationSchema, ResendInvitationState>(
  { schema: resendInvitationSchema, revalidate: [INVITATION_KINDS.CUSTOMER_RELATIONSHIP.listPath] },
  async (input, { actor, t }) => {
    const { url, emailedTo } = await resendInvitation(actor, input, CUSTOMER_INVITATION_KINDS);
    const message = emailedTo ? t("invites.sent.resentEmailed", { email: emailedTo }) : t("invites.sent.resentCopy");
    return { status: "ok", message, url };
  },
);
