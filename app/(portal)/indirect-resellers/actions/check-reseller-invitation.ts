"use server";
import { checkedState } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { preflightResellerInvitation } from "@/lib/provider-reseller-relationships/preflight-reseller-invitation";
import { resellerInvitationSchema } from "@/lib/provider-reseller-relationships/reseller-invitation-input";
import { regionOf } from "@/lib/regions";

/** "Check" on Invite a reseller: the pre-flight (R2, R14, R16, …), every failure named, R5 steps as a note; nothing is written. */
export const checkResellerInvitationAction = userAction<typeof resellerInvitationSchema, InvitationWizardState>(
  { schema: resellerInvitationSchema },
  async (input, { actor, t, values }) => {
    const { reseller, readiness, violations } = await preflightResellerInvitation(actor, input);
    if (violations.length > 0 || !reseller) return checkedState(violations, t, values);
    const names = { reseller: reseller.legalName, pnId: reseller.pnId };
    const steps = readiness?.missing.map((step) => t(`partnerships.step.${step}`)).join(", ");
    return checkedState([], t, values, [
      t("partnerships.invite.passed", { ...names, region: t(`region.${regionOf(reseller.countryCode)}`) }),
      ...(steps ? [t("partnerships.invite.readinessNote", { ...names, steps })] : []),
    ]);
  },
);
