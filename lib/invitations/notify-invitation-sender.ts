import "server-only";
import type { InvitationUpdateProps } from "@/emails/invitation-update";
import { appUrl } from "@/lib/app-url";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { INVITATION_KINDS, type InvitationPartners } from "./invitation-kinds";

export type SenderNotice = {
  invitation: InvitationPartners & { kind: InvitationKind; sentByUserId: string | null; intendedEmail: string | null };
  update: InvitationUpdateProps["kind"];
  /** The invited organization, when known (accepted, declined, refused by a signed-in admin). */
  inviteeName?: string;
  /** REFUSED: the refusal in the sender's language, naming the rule ("R1: …"). */
  reason?: (locale: Locale) => string;
};

/**
 * Inside the caller's transaction: the "invitation-update" email (accepted, declined, refused,
 * expired) to whoever sent an invitation of any kind — the sending user while active, in their language,
 * else the inviting partner's primary contact. Returns the address written to the outbox.
 */
export async function notifyInvitationSender(tx: Tx, notice: SenderNotice): Promise<string> {
  const { invitation } = notice;
  // One statement at a time: a transaction runs on one connection.
  const inviter = await tx.partnerOrganization.findUniqueOrThrow({
    where: { id: invitation.inviterId },
    select: { legalName: true, contactEmail: true, tenantId: true },
  });
  const provider = invitation.coInviterId
    ? await tx.partnerOrganization.findUnique({ where: { id: invitation.coInviterId }, select: { legalName: true } })
    : null;
  const sender = invitation.sentByUserId
    ? await tx.user.findFirst({
        where: { id: invitation.sentByUserId, tenantId: inviter.tenantId, status: "ACTIVE" },
        select: { email: true, preferredLocale: true },
      })
    : null;
  const to = sender?.email ?? inviter.contactEmail;
  const locale: Locale = sender && isLocale(sender.preferredLocale) ? sender.preferredLocale : "en";
  await enqueueEmail(tx, {
    to,
    template: "invitation-update",
    locale,
    tenantId: inviter.tenantId,
    props: {
      kind: notice.update,
      invitationKind: invitation.kind,
      partnerName: inviter.legalName,
      providerName: provider?.legalName,
      inviteeName: notice.inviteeName ?? invitation.intendedEmail ?? undefined,
      reason: notice.reason?.(locale),
      detailsUrl: appUrl(INVITATION_KINDS[invitation.kind].noticePath),
    },
  });
  return to;
}
