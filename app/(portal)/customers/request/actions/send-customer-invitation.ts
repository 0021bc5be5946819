"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { describeViolations, type SendInvitationState } from "@/lib/customer-invitations/invitation-form-state";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import { errorState, parseForm } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { sendInvitationEmail, sendInvitationEmailSchema } from "@/lib/invitations/send-invitation-email";

const sendSchema = sendInvitationEmailSchema.extend({
  /** Set when the address was first entered at this step: its pre-flight hasn't run yet. */
  checkRecipient: z.literal("1").optional(),
  unverifiedProviderId: z.string().max(100).optional(),
});

/**
 * "Send" of a customer invitation's draft (both pages): an address entered only now gets the
 * pre-flight first; then lib/invitations' Send (token posted back and checked by hash, the
 * edited text, the outbox, audit `invitation.sent`).
 */
export async function sendCustomerInvitationAction(_previous: SendInvitationState, formData: FormData): Promise<SendInvitationState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(sendSchema, formData, t, { omitValues: ["token"] });
  if (!parsed.ok) return parsed.state;
  const { checkRecipient, unverifiedProviderId, ...input } = parsed.data;
  try {
    if (checkRecipient && input.to) {
      const target = unverifiedProviderId ? { kind: "CUSTOMER_JOINT" as const, unverifiedProviderId } : { kind: "CUSTOMER_RELATIONSHIP" as const };
      const { violations } = await preflightCustomerInvitation(user, target, input.to);
      if (violations.length) return { status: "error", problems: describeViolations(violations, t), values: parsed.values };
    }
    const sent = await sendInvitationEmail(user, input);
    revalidatePath("/customers/requests");
    return { status: "ok", sentTo: sent.to, values: parsed.values };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
