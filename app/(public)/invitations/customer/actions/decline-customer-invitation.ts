"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import {
  declineCustomerInvitation,
  declineCustomerInvitationSchema,
} from "@/lib/customer-invitations/decline-customer-invitation";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { landingPath, signInPath } from "../_components/paths";

/** "Decline": the signed-in customer Global admin ends the request; the page then shows it as declined. */
export async function declineCustomerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const parsed = parseForm(declineCustomerInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  const { token } = parsed.data;
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(token));
  if (user.mustChangePassword) redirect("/change-password");
  try {
    await declineCustomerInvitation(user, { token });
  } catch (error) {
    return errorState(error, {}, t);
  }
  redirect(landingPath(token));
}
