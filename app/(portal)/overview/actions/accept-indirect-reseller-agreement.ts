"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import {
  acceptIndirectResellerAgreement,
  acceptIndirectResellerAgreementSchema,
} from "@/lib/partners/accept-indirect-reseller-agreement";

/** R14 "Accept and continue" on the Overview (Global admins; checked again by acceptIndirectResellerAgreement). */
export async function acceptIndirectResellerAgreementAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(acceptIndirectResellerAgreementSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await acceptIndirectResellerAgreement(user, parsed.data);
    // The navigation and every page's programs change: revalidate the whole portal.
    revalidatePath("/", "layout");
    return { status: "ok", message: t("transition.accepted") };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
