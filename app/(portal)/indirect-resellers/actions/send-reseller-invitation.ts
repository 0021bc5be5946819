"use server";
import { redirect } from "next/navigation";
import type { SendInvitationState } from "@/components/invitations/invitation-draft-panel";
import { userAction } from "@/lib/actions/define-action";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { sendInvitationEmail, sendInvitationEmailSchema } from "@/lib/invitations/send-invitation-email";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";

/** "Send" on the reseller invitation's draft: the edited text goes out through the outbox with the link (R16); then Done. */
export const sendResellerInvitationAction = userAction<typeof sendInvitationEmailSchema, SendInvitationState>(
  {
    schema: sendInvitationEmailSchema,
    omitValues: ["token"],
    revalidate: [INVITATION_KINDS.RESELLER_PARTNERSHIP.listPath],
  },
  async (input, { actor }) => {
    const { invitationId } = await sendInvitationEmail(actor, input, RESELLER_INVITATION_KINDS);
    redirect(`/indirect-resellers/invite/done?invitation=${invitationId}`);
  },
);
