"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { markIndirectMoveEligible } from "@/lib/enrollment/mark-indirect-move-eligible";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** R14: mark or unmark a direct-bill partner as eligible for the move to indirect reseller (operators only, checked again). */
export async function markIndirectMoveEligibleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  const eligible = formData.get("eligible") === "true";
  const name = String(formData.get("name") ?? "").slice(0, 200);
  try {
    await markIndirectMoveEligible(operator, { partnerId: String(formData.get("partnerId") ?? ""), eligible });
    revalidatePath("/operator/partners");
    return { status: "ok", message: t(eligible ? "review.partners.marked" : "review.partners.unmarked", { name }) };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
