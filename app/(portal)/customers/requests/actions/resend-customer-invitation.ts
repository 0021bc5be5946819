"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import type { ResendInvitationState } from "@/lib/customer-invitations/invitation-form-state";
import { errorState, parseForm } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { resendInvitation, resendInvitationSchema } from "@/lib/invitations/resend-invitation";

/** "Resend" on Sent requests: a new personal link (the old one dies), emailed again when the request has an address; the page shows the new link. */
export async function resendCustomerInvitationAction(
  _previous: ResendInvitationState,
  formData: FormData,
): Promise<ResendInvitationState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(resendInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const result = await resendInvitation(user, parsed.data, CUSTOMER_INVITATION_KINDS);
    revalidatePath("/customers/requests");
    const message = result.emailedTo
      ? t("invites.sent.resentEmailed", { email: result.emailedTo })
      : t("invites.sent.resentCopy");
    return { status: "ok", message, url: result.url };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
