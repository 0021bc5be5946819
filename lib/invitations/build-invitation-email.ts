import "server-only";
import type { Tx } from "@/lib/db/client";
import type { EnqueueEmailInput } from "@/lib/email/enqueue-email";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/locales";
import { INVITATION_KINDS, partnerIdsOf } from "./invitation-kinds";
import { invitationUrl } from "./invitation-links";

/** The invitation row's fields the email needs (any select of `invitations` that has them). */
export type InvitationForEmail = {
  kind: InvitationKind;
  inviterId: string;
  coInviterId: string | null;
  intendedEmail: string | null;
  message: string | null;
  locale: string;
  expiresAt: Date;
};

/** What `enqueueEmail(tx, …)` takes for an invitation: the provider's or a customer invitation. */
export type InvitationEmail = EnqueueEmailInput<"reseller-invitation"> | EnqueueEmailInput<"customer-invitation">;

const DAY_MS = 24 * 3600 * 1000;

/**
 * R16: the outbox input for an invitation's email: the kind's template (INVITATION_KINDS) with the
 * partner's edited text (`message`), the invitation's locale and its personalized link (`token`
 * is the raw token, which is never stored). The address is the row's `intendedEmail`; the caller
 * makes sure there is one. The row's inviter's tenant owns the outbox row (its dead letters show it).
 */
export async function buildInvitationEmail(
  tx: Tx,
  invitation: InvitationForEmail,
  token: string,
): Promise<InvitationEmail> {
  if (!invitation.intendedEmail) throw new Error("an invitation email needs the invitation's intended email");
  const partners = await tx.partnerOrganization.findMany({
    where: { id: { in: partnerIdsOf(invitation) } },
    select: { id: true, legalName: true, tenantId: true },
  });
  const inviter = partners.find((partner) => partner.id === invitation.inviterId);
  if (!inviter) throw new Error(`invitation's inviter ${invitation.inviterId} does not exist`);
  const coInviter = partners.find((partner) => partner.id === invitation.coInviterId);
  const content = INVITATION_KINDS[invitation.kind].email(
    { inviterName: inviter.legalName, coInviterName: coInviter?.legalName },
    {
      url: invitationUrl(invitation.kind, token),
      message: invitation.message?.trim() || undefined,
      expiresInDays: Math.max(1, Math.round((invitation.expiresAt.getTime() - Date.now()) / DAY_MS)),
    },
  );
  return {
    ...content,
    to: invitation.intendedEmail,
    locale: isLocale(invitation.locale) ? invitation.locale : "en",
    tenantId: inviter.tenantId,
  } as InvitationEmail;
}
