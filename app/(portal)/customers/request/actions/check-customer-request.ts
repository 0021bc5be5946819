"use server";
import { checkedState } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";

/** "Check" on Request a reseller relationship: the pre-flight (R16), every rule that would fail; nothing is written. */
export const checkCustomerRequestAction = userAction<typeof customerRequestSchema, InvitationWizardState>(
  { schema: customerRequestSchema },
  async (input, { actor, t, values }) => {
    const { violations } = await preflightCustomerInvitation(actor, { kind: "CUSTOMER_RELATIONSHIP" }, input.email);
    const notes = [t("invites.preflight.passed"), ...(input.email ? [] : [t("invites.preflight.noAddress")])];
    return checkedState(violations, t, values, notes);
  },
);
