"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { revokeInvitation, revokeInvitationSchema } from "@/lib/invitations/revoke-invitation";

/** "Revoke" on Sent requests: the request's link stops working at once (R16). */
export async function revokeCustomerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(revokeInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await revokeInvitation(user, parsed.data, CUSTOMER_INVITATION_KINDS);
    revalidatePath("/customers/requests");
    return { status: "ok", message: t("invites.sent.revoked") };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
