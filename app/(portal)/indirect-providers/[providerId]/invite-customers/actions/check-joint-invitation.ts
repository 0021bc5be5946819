"use server";
import { checkedState } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { jointInvitationSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";

/** "Check" on Invite new customers: the joint invitation's pre-flight (R5, R1, R3, R4, existing relationship, duplicate pending); nothing is written. */
export const checkJointInvitationAction = userAction<typeof jointInvitationSchema, InvitationWizardState>(
  { schema: jointInvitationSchema },
  async ({ email, unverifiedProviderId }, { actor, t, values }) => {
    const target = { kind: "CUSTOMER_JOINT" as const, unverifiedProviderId };
    const { violations } = await preflightCustomerInvitation(actor, target, email);
    const notes = [t("invites.preflight.passed"), ...(email ? [] : [t("invites.preflight.noAddress")])];
    return checkedState(violations, t, values, notes);
  },
);
