"use server";
import { userAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/forms";
import {
  acceptIndirectResellerAgreement,
  acceptIndirectResellerAgreementSchema,
} from "@/lib/partners/accept-indirect-reseller-agreement";

/** R14 "Accept and continue" on the Overview (Global admins; checked again by acceptIndirectResellerAgreement). */
export const acceptIndirectResellerAgreementAction = userAction<
  typeof acceptIndirectResellerAgreementSchema,
  FormState
>(
  // The navigation and every page's programs change: revalidate the whole portal.
  { schema: acceptIndirectResellerAgreementSchema, revalidate: [["/", "layout"]] },
  async (input, { actor, t }) => {
    await acceptIndirectResellerAgreement(actor, input);
    return { status: "ok", message: t("transition.accepted") };
  },
);
