"use server";
import type { SendInvitationState } from "@/components/invitations/invitation-draft-panel";
import { problemsOf } from "@/components/invitations/invitation-states";
import { userAction } from "@/lib/actions/define-action";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/customer-invitations/customer-invitation-kinds";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { RecipientRefusedError } from "@/lib/invitations/recipient-refused-error";
import { sendInvitationEmail, sendInvitationEmailSchema } from "@/lib/invitations/send-invitation-email";

/**
 * "Send" of a customer invitation's draft (both customer pages): lib/invitations' Send, which
 * checks an address set or changed here with the customer pre-flight's address rules; those
 * refusals come back as the problem list and on the `to` field.
 */
export const sendCustomerInvitationAction = userAction<typeof sendInvitationEmailSchema, SendInvitationState>(
  { schema: sendInvitationEmailSchema, omitValues: ["token"], revalidate: [INVITATION_KINDS.CUSTOMER_JOINT.listPath] },
  async (input, { actor, t, values }) => {
    try {
      const sent = await sendInvitationEmail(actor, input, CUSTOMER_INVITATION_KINDS);
      return { status: "ok", sentTo: sent.to, values };
    } catch (error) {
      if (!(error instanceof RecipientRefusedError)) throw error;
      const problems = problemsOf(error.violations, t);
      const to = problems.map((problem) => problem.sentence).join(" ");
      return { status: "error", problems, fieldErrors: { to }, values };
    }
  },
);
