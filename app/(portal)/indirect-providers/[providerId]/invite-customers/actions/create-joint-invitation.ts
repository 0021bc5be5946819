"use server";
import { draftDate } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { createJointInvitation } from "@/lib/customer-invitations/create-joint-invitation";
import { jointInvitationSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { invitationDraft } from "@/lib/invitations/invitation-draft";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";

/** "Create draft" on Invite new customers: the joint invitation (R8; the pre-flight runs again) and its draft with the personal link, once. */
export const createJointInvitationAction = userAction<typeof jointInvitationSchema, InvitationWizardState>(
  { schema: jointInvitationSchema, revalidate: [INVITATION_KINDS.CUSTOMER_JOINT.listPath] },
  async (input, { actor, t, values }) => {
    const created = await createJointInvitation(actor, input);
    const notice = t("invites.draft.created", { date: await draftDate(created.expiresAt, true) });
    return { status: "ok", values, draft: { ...invitationDraft(created, actor.name), notice } };
  },
);
