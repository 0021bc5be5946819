"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { describeViolations, type SendInvitationState } from "@/lib/customer-invitations/invitation-form-state";
import { RecipientRefusedError } from "@/lib/customer-invitations/preflight-customer-invitation";
import { errorState, parseForm } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { sendInvitationEmail, sendInvitationEmailSchema } from "@/lib/invitations/send-invitation-email";

/**
 * "Send" of a customer invitation's draft (both pages; customer invitations only): lib/invitations'
 * Send (token posted back and checked by hash, the edited text, the outbox, audit `invitation.sent`),
 * which runs the pre-flight's address rules itself when the address is set or changed here; its
 * refusals come back as the problem list and on the `to` field.
 */
export async function sendCustomerInvitationAction(
  _previous: SendInvitationState,
  formData: FormData,
): Promise<SendInvitationState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(sendInvitationEmailSchema, formData, t, { omitValues: ["token"] });
  if (!parsed.ok) return parsed.state;
  try {
    const sent = await sendInvitationEmail(user, parsed.data, CUSTOMER_INVITATION_KINDS);
    revalidatePath("/customers/requests");
    return { status: "ok", sentTo: sent.to, values: parsed.values };
  } catch (error) {
    if (error instanceof RecipientRefusedError) {
      const problems = describeViolations(error.violations, t);
      return { status: "error", problems, fieldErrors: { to: problems.join(" ") }, values: parsed.values };
    }
    return errorState(error, parsed.values, t);
  }
}
