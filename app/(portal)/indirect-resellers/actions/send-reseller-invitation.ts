"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { RESELLER_INVITATION_KINDS } from "@/lib/invitations/invitation-access";
import { sendInvitationEmail, sendInvitationEmailSchema } from "@/lib/invitations/send-invitation-email";

/** "Send" on the draft: the edited text goes out through the outbox with the personalized link (R16); then Done. Reseller invitations only. */
export async function sendResellerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(sendInvitationEmailSchema, formData, t, { omitValues: ["token"] });
  if (!parsed.ok) return parsed.state;
  let invitationId: string;
  try {
    invitationId = (await sendInvitationEmail(user, parsed.data, RESELLER_INVITATION_KINDS)).invitationId;
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
  revalidatePath("/indirect-resellers");
  redirect(`/indirect-resellers/invite/done?invitation=${invitationId}`);
}
