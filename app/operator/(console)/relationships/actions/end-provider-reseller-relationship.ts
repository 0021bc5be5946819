"use server";
import { revalidatePath } from "next/cache";
import { requireOperator } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { endProviderResellerRelationship } from "@/lib/provider-reseller-relationships/end-provider-reseller-relationship";
import { endRelationshipSchema } from "@/lib/support/support-input";

/** R15 "End relationship" in the operator console, directly or from a support request (operators only, checked again by the domain function). */
export async function endProviderResellerRelationshipAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const operator = await requireOperator();
  const t = await getT();
  const parsed = parseForm(endRelationshipSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await endProviderResellerRelationship(operator, parsed.data);
    revalidatePath("/operator", "layout");
    return {
      status: "ok",
      message: t(parsed.data.supportRequestId ? "endRelationship.endedFromRequest" : "endRelationship.ended"),
    };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
