"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { createSupportRequest } from "@/lib/support/create-support-request";
import { createSupportRequestSchema } from "@/lib/support/support-input";

/** "Create request" on Settings → Support → Create a request (P-support-request, checked again by createSupportRequest); opens the new request. */
export async function createSupportRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(createSupportRequestSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  let requestId: string;
  try {
    requestId = (await createSupportRequest(user, parsed.data)).id;
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
  revalidatePath("/settings/support");
  redirect(`/settings/support/${requestId}?created=1`);
}
