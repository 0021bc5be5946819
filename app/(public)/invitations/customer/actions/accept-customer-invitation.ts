"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import {
  acceptCustomerInvitation,
  acceptCustomerInvitationSchema,
} from "@/lib/customer-invitations/accept-customer-invitation";
import { isDomainError } from "@/lib/errors";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { landingPath, signInPath } from "../_components/paths";

/** "Accept": the signed-in customer Global admin accepts (R16); a refusal names its rule, success shows the accepted page. */
export async function acceptCustomerInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const parsed = parseForm(acceptCustomerInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  const { token } = parsed.data;
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(token));
  if (user.mustChangePassword) redirect("/change-password");
  try {
    await acceptCustomerInvitation(user, { token });
  } catch (error) {
    // A double submit: the first one accepted for this organization, so show that page.
    const yours = isDomainError(error) && error.details.messageKey === "invites.accept.alreadyAcceptedByYou";
    if (!yours) return errorState(error, {}, t);
  }
  revalidatePath("/overview");
  redirect(landingPath(token));
}
