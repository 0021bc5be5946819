"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { closeSupportRequest } from "@/lib/support/close-support-request";
import { closeSupportRequestSchema } from "@/lib/support/support-input";

/** "Close" on a support request in the operator console (operators only, checked again by closeSupportRequest). */
export async function closeSupportRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  const parsed = parseForm(closeSupportRequestSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await closeSupportRequest(operator, parsed.data);
    revalidatePath("/operator", "layout");
    return { status: "ok", message: t("support.closed") };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
