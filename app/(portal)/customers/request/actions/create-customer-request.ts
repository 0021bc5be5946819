"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { draftOf } from "@/lib/customer-invitations/draft-of";
import type { InvitationFormState } from "@/lib/customer-invitations/invitation-form-state";
import { errorState, parseForm } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";

/** "Create draft": creates the request (the pre-flight runs again) and returns the draft with the personal link, once. */
export async function createCustomerRequestAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const user = await requireUser();
  const [t, locale] = [await getT(), await getLocale()];
  const parsed = parseForm(customerRequestSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const created = await createCustomerRequest(user, parsed.data);
    revalidatePath("/customers/requests");
    return { status: "ok", values: parsed.values, draft: draftOf(created, user.name, locale) };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
