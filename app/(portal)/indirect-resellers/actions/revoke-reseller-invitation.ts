"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { RESELLER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { revokeInvitation, revokeInvitationSchema } from "@/lib/invitations/revoke-invitation";

/** "Revoke" on Indirect resellers: the invitation's link stops working at once (R16). */
export async function revokeResellerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(revokeInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  let invitationId: string;
  try {
    invitationId = (await revokeInvitation(user, parsed.data, RESELLER_INVITATION_KINDS)).invitationId;
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
  revalidatePath("/indirect-resellers");
  redirect(`/indirect-resellers?revoked=${invitationId}`);
}
