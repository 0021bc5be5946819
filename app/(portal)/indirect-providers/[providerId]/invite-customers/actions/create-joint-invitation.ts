"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { createJointInvitation } from "@/lib/customer-invitations/create-joint-invitation";
import { jointInvitationSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { draftOf } from "@/lib/customer-invitations/draft-of";
import type { InvitationFormState } from "@/lib/customer-invitations/invitation-form-state";
import { errorState, parseForm } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";

/** "Create draft" on Invite new customers: the joint invitation (R8; the pre-flight runs again) and its draft with the personal link, once. */
export async function createJointInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const user = await requireUser();
  const [t, locale] = [await getT(), await getLocale()];
  const parsed = parseForm(jointInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const created = await createJointInvitation(user, parsed.data);
    revalidatePath("/customers/requests");
    return { status: "ok", values: parsed.values, draft: draftOf(created, user.name, locale) };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
