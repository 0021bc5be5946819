"use server";
import { draftDate } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { invitationDraft } from "@/lib/invitations/invitation-draft";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";

/** "Create draft": creates the request (the pre-flight runs again) and returns the draft with the personal link, once. */
export const createCustomerRequestAction = userAction<typeof customerRequestSchema, InvitationWizardState>(
  { schema: customerRequestSchema, revalidate: [INVITATION_KINDS.CUSTOMER_RELATIONSHIP.listPath] },
  async (input, { actor, t, values }) => {
    const created = await createCustomerRequest(actor, input);
    const notice = t("invites.draft.created", { date: await draftDate(created.expiresAt, true) });
    return { status: "ok", values, draft: { ...invitationDraft(created, actor.name), notice } };
  },
);
