"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { acceptPartnerAgreement, acceptPartnerAgreementSchema } from "@/lib/partners/accept-partner-agreement";

/** R5: "Accept" the current Partner Agreement on the Overview (Global admins; checked again by acceptPartnerAgreement). */
export async function acceptPartnerAgreementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(acceptPartnerAgreementSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const { acceptance, alreadyAccepted } = await acceptPartnerAgreement(user, parsed.data);
    revalidatePath("/", "layout");
    return {
      status: "ok",
      message: t(alreadyAccepted ? "agreement.alreadyAccepted" : "agreement.accepted", { version: acceptance.version }),
    };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
