"use server";
import { draftDate } from "@/components/invitations/invitation-states";
import type { InvitationWizardState } from "@/components/invitations/invitation-wizard";
import { userAction } from "@/lib/actions/define-action";
import { invitationDraft } from "@/lib/invitations/invitation-draft";
import { INVITATION_KINDS } from "@/lib/invitations/invitation-kinds";
import { createResellerInvitation } from "@/lib/provider-reseller-relationships/create-reseller-invitation";
import { resellerInvitationSchema } from "@/lib/provider-reseller-relationships/reseller-invitation-input";

/** "Create invitation": the pre-flight again, the invitation, and its draft email with the personalized link (once). */
export const createResellerInvitationAction = userAction<typeof resellerInvitationSchema, InvitationWizardState>(
  { schema: resellerInvitationSchema, revalidate: [INVITATION_KINDS.RESELLER_PARTNERSHIP.listPath] },
  async (input, { actor, t, values }) => {
    const created = await createResellerInvitation(actor, input);
    const notice = t("partnerships.draft.linkHint", {
      date: await draftDate(created.expiresAt),
      reseller: created.targetName ?? "",
    });
    return { status: "ok", values, draft: { ...invitationDraft(created, actor.name), notice } };
  },
);
