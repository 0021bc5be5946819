import "server-only";
import { partnerIdsOf } from "@/lib/customer-invitations/customer-invitation-access";
import type { Tx } from "@/lib/db/client";
import type { EnqueueEmailInput } from "@/lib/email/enqueue-email";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import { isLocale } from "@/lib/i18n/locales";
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
 * R16: the outbox input for an invitation's email, by kind. RESELLER_PARTNERSHIP → the provider's
 * `reseller-invitation`; CUSTOMER_RELATIONSHIP / CUSTOMER_JOINT → `customer-invitation` (for a
 * joint one the inviter is the reseller and `coInviterId` its provider). It carries the partner's
 * edited text (`message`), the invitation's locale and its personalized link (`token` is the raw
 * token, which is never stored). The address is the row's `intendedEmail`; the caller makes sure
 * there is one. The row's inviter's tenant owns the outbox row (its dead letters show it).
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
  const common = {
    to: invitation.intendedEmail,
    locale: isLocale(invitation.locale) ? invitation.locale : "en",
    tenantId: inviter.tenantId,
  } as const;
  const message = invitation.message?.trim() ? invitation.message.trim() : undefined;
  const expiresInDays = Math.max(1, Math.round((invitation.expiresAt.getTime() - Date.now()) / DAY_MS));
  const url = invitationUrl(invitation.kind, token);
  if (invitation.kind === "RESELLER_PARTNERSHIP") {
    return {
      ...common,
      template: "reseller-invitation",
      props: { providerName: inviter.legalName, invitationUrl: url, message, expiresInDays },
    };
  }
  return {
    ...common,
    template: "customer-invitation",
    props: {
      partnerName: inviter.legalName,
      providerName: coInviter?.legalName,
      invitationUrl: url,
      message,
      expiresInDays,
    },
  };
}
