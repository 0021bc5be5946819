"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { RESELLER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { resendInvitation, resendInvitationSchema } from "@/lib/invitations/resend-invitation";

/** "Resend" on Indirect resellers: a new link by email; the old one dies (R16). */
export async function resendResellerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(resendInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  let invitationId: string;
  try {
    invitationId = (await resendInvitation(user, parsed.data, RESELLER_INVITATION_KINDS)).invitationId;
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
  revalidatePath("/indirect-resellers");
  redirect(`/indirect-resellers?resent=${invitationId}`);
}
