import "server-only";
import { emailTemplates } from "@/emails";
import { vendorName } from "@/emails/layout";
import { translator } from "@/lib/i18n/translate";
import type { CreatedInvitation } from "./create-invitation";
import { INVITATION_KINDS } from "./invitation-kinds";

/** A just-created invitation's draft: the raw token lives only in this response (R16). */
export type InvitationDraftContent = {
  invitationId: string;
  token: string;
  url: string;
  email: string | null;
  subject: string;
  text: string;
};

/**
 * The draft the page shows after creating an invitation of any kind: the subject its email will
 * have and the kind's default text in the email's language (not the page's), which the partner
 * may edit. The personalized link is never part of the editable text: Send, Copy and the mail
 * app add it.
 */
export function invitationDraft(created: CreatedInvitation, senderName: string): InvitationDraftContent {
  const spec = INVITATION_KINDS[created.kind];
  const parties = { inviterName: created.inviterName, coInviterName: created.coInviterName };
  const { template, props } = spec.email(parties, { url: created.url, expiresInDays: 1 });
  const subject = emailTemplates[template].subject(created.locale, props as never);
  const text = translator(created.locale)(spec.draftText, {
    inviter: created.inviterName,
    coInviter: created.coInviterName ?? "",
    target: created.targetName ?? "",
    sender: senderName,
    vendor: vendorName(),
  });
  const { invitationId, token, url, email } = created;
  return { invitationId, token, url, email, subject, text };
}
