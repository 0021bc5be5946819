"use server";
import { userAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/forms";
import { acceptPartnerAgreement, acceptPartnerAgreementSchema } from "@/lib/partners/accept-partner-agreement";

/** R5: "Accept" the current Partner Agreement on the Overview (Global admins; checked again by acceptPartnerAgreement). */
export const acceptPartnerAgreementAction = userAction<typeof acceptPartnerAgreementSchema, FormState>(
  // The navigation and every page's programs and steps change: revalidate the whole portal.
  { schema: acceptPartnerAgreementSchema, revalidate: [["/", "layout"]] },
  async (input, { actor, t }) => {
    const { acceptance, alreadyAccepted } = await acceptPartnerAgreement(actor, input);
    const message = alreadyAccepted ? "agreement.alreadyAccepted" : "agreement.accepted";
    return { status: "ok", message: t(message, { version: acceptance.version }) };
  },
);
