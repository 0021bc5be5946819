"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { setFlash } from "@/lib/actions/set-flash";
import type { FormState } from "@/lib/forms";
import { acceptPartnerAgreement, acceptPartnerAgreementSchema } from "@/lib/partners/accept-partner-agreement";

/** R5: "Accept" under the Partner Agreement's text (Global admins; checked again by acceptPartnerAgreement), then back to the Overview. */
export const acceptPartnerAgreementAction = userAction<typeof acceptPartnerAgreementSchema, FormState>(
  // The navigation and every page's programs and steps change: revalidate the whole portal.
  { schema: acceptPartnerAgreementSchema, revalidate: [["/", "layout"]] },
  async (input, { actor, t }) => {
    const { acceptance, alreadyAccepted } = await acceptPartnerAgreement(actor, input);
    const message = alreadyAccepted ? "agreement.alreadyAccepted" : "agreement.accepted";
    await setFlash(t(message, { version: acceptance.version }));
    redirect("/overview");
  },
);
