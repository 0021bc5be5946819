import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { newToken } from "@/lib/tokens";

export const VERIFICATION_TTL_DAYS = 7;

/**
 * R12: sends the primary contact `email` of partner `partnerId` a single-use verification link
 * (32 random bytes, base64url; only its SHA-256 stored; expires after 7 days by the database
 * clock). Earlier unused links of the partner for the same address die, so only the newest one
 * works; a link for an address that is no longer the contact (or the pending one) is refused
 * when opened. Runs inside the caller's transaction: the link exists exactly when the change
 * that needs it commits; call wakeEmailWorker() after the commit. Also used by Settings →
 * Partner profile when the primary contact's email changes (`email` is then the partner's
 * pendingContactEmail).
 */
export async function sendContactVerification(
  tx: Tx,
  input: { partnerId: string; email: string; locale: Locale },
): Promise<void> {
  const partner = await tx.partnerOrganization.findUnique({
    where: { id: input.partnerId },
    select: { id: true, tenantId: true, legalName: true, contactName: true, contactEmail: true },
  });
  if (!partner) throw notFound("partnerOrganization");
  const email = input.email.trim().toLowerCase();
  const { token, tokenHash } = newToken();
  await tx.$executeRaw`UPDATE email_verifications SET expires_at = now() WHERE partner_id = ${partner.id}::uuid AND email = ${email} AND used_at IS NULL AND expires_at > now()`;
  const [{ expiresAt }] = await tx.$queryRaw<
    { expiresAt: Date }[]
  >`SELECT now() + make_interval(days => ${VERIFICATION_TTL_DAYS}) AS "expiresAt"`;
  await tx.emailVerification.create({ data: { partnerId: partner.id, email, tokenHash, expiresAt } });
  await enqueueEmail(tx, {
    to: email,
    template: "contact-verification",
    locale: input.locale,
    tenantId: partner.tenantId,
    props: {
      contactName: email === partner.contactEmail ? partner.contactName : undefined,
      organizationName: partner.legalName,
      verifyUrl: `${appUrl("/verify-email")}?token=${token}`,
      expiresInDays: VERIFICATION_TTL_DAYS,
    },
  });
}
