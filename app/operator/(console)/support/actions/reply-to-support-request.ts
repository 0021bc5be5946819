"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { replyToSupportRequest } from "@/lib/support/reply-to-support-request";
import { replySupportRequestSchema } from "@/lib/support/support-input";

/** "Reply" on a support request in the operator console (operators only, checked again by replyToSupportRequest). */
export async function replyToSupportRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  const parsed = parseForm(replySupportRequestSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await replyToSupportRequest(operator, parsed.data);
    revalidatePath("/operator", "layout");
    return { status: "ok", message: t("support.replied") };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
