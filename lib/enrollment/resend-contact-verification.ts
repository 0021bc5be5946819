import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { DomainError, notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { sendContactVerification } from "./send-contact-verification";

const RESEND_INTERVAL_SECONDS = 60;

/**
 * "Send the link again" while an enrollment waits for the primary contact (R12): a new link
 * (the previous one dies). A Global admin's action (P-profile-edit), at most once a minute.
 */
export async function resendContactVerification(actor: UserActor, locale: Locale): Promise<{ email: string }> {
  assertPermission(actor, "profile-edit");
  const email = await db().$transaction(async (tx) => {
    await lockPartnerRow(tx, actor.partnerId!, actor.tenantId);
    const partner = await tx.partnerOrganization.findFirst({
      where: { id: actor.partnerId!, tenantId: actor.tenantId },
      select: {
        id: true,
        contactEmail: true,
        contactEmailVerifiedAt: true,
        enrollments: { where: { status: "AWAITING_EMAIL_VERIFICATION" }, select: { id: true } },
      },
    });
    if (!partner) throw notFound("organization");
    if (partner.contactEmailVerifiedAt || partner.enrollments.length === 0) {
      throw new DomainError("CONFLICT", "enroll.submitted.alreadyVerified");
    }
    const [{ recent }] = await tx.$queryRaw<{ recent: bigint }[]>`
      SELECT count(*) AS recent FROM email_verifications
      WHERE partner_id = ${partner.id}::uuid AND created_at > now() - make_interval(secs => ${RESEND_INTERVAL_SECONDS})`;
    if (recent > 0n) throw new DomainError("RATE_LIMITED", "enroll.submitted.resendWait");
    await sendContactVerification(tx, { partnerId: partner.id, email: partner.contactEmail, locale });
    return partner.contactEmail;
  });
  wakeEmailWorker();
  return { email };
}
