import "server-only";
import { SYSTEM } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import type { Locale } from "@/lib/i18n/locales";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { hashToken } from "@/lib/tokens";

export type VerificationOutcome =
  | { status: "verified"; email: string; organizationName: string }
  /** unknown: no such link (or a malformed one); stale: the address is no longer the partner's contact. */
  | { status: "unknown" | "used" | "expired" | "stale" };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

class StaleLink extends Error {}

/** What a link's state is, without consuming it (the landing page's GET). */
export async function peekContactVerification(token: unknown): Promise<"valid" | "unknown" | "used" | "expired"> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return "unknown";
  const [row] = await db().$queryRaw<{ used: boolean; expired: boolean }[]>`
    SELECT used_at IS NOT NULL AS used, expires_at <= now() AS expired FROM email_verifications WHERE token_hash = ${hashToken(token)}`;
  if (!row) return "unknown";
  return row.used ? "used" : row.expired ? "expired" : "valid";
}

/**
 * R12: the primary contact confirms the address with the emailed link (a POST; opening the link
 * never consumes it). Single use, by one conditional UPDATE … RETURNING against the database
 * clock. The address becomes verified — or, when it is the partner's pending new contact email,
 * replaces the old one — and the partner's enrollments waiting for it move to review, with an
 * audit event and a status email, all in one transaction.
 */
export async function verifyContactEmail(
  token: unknown,
  options: { locale?: Locale } = {},
): Promise<VerificationOutcome> {
  const status = await peekContactVerification(token);
  if (status !== "valid") return { status };
  const locale = options.locale ?? "en";
  try {
    const outcome = await db().$transaction(async (tx) => {
      const [used] = await tx.$queryRaw<{ partnerId: string; email: string }[]>`
        UPDATE email_verifications SET used_at = now()
        WHERE token_hash = ${hashToken(token as string)} AND used_at IS NULL AND expires_at > now()
        RETURNING partner_id AS "partnerId", email`;
      if (!used) return null; // used or expired between the peek and now
      await lockPartnerRow(tx, used.partnerId);
      const partner = await tx.partnerOrganization.findUniqueOrThrow({
        where: { id: used.partnerId },
        select: {
          id: true,
          tenantId: true,
          legalName: true,
          contactEmail: true,
          pendingContactEmail: true,
          contactEmailVerifiedAt: true,
        },
      });
      const now = new Date();
      if (used.email === partner.pendingContactEmail) {
        await tx.partnerOrganization.update({
          where: { id: partner.id },
          data: { contactEmail: used.email, pendingContactEmail: null, contactEmailVerifiedAt: now },
        });
      } else if (used.email === partner.contactEmail) {
        if (!partner.contactEmailVerifiedAt)
          await tx.partnerOrganization.update({ where: { id: partner.id }, data: { contactEmailVerifiedAt: now } });
      } else {
        throw new StaleLink();
      }
      const waiting = await tx.programEnrollment.findMany({
        where: { partnerId: partner.id, status: "AWAITING_EMAIL_VERIFICATION" },
        select: { id: true, program: true },
      });
      await tx.programEnrollment.updateMany({
        where: { id: { in: waiting.map((enrollment) => enrollment.id) }, status: "AWAITING_EMAIL_VERIFICATION" },
        data: { status: "IN_REVIEW", emailVerifiedAt: now },
      });
      await recordAuditEvent(tx, {
        actor: SYSTEM,
        tenantId: partner.tenantId,
        action: "enrollment.email_verified",
        target: { type: "partner", id: partner.id, label: used.email },
        before: { contactEmail: partner.contactEmail, pendingContactEmail: partner.pendingContactEmail },
        after: {
          contactEmail: used.email,
          verified: true,
          programsInReview: waiting.map((enrollment) => enrollment.program),
        },
      });
      for (const enrollment of waiting) {
        await enqueueEmail(tx, {
          to: used.email,
          template: "enrollment-status",
          locale,
          tenantId: partner.tenantId,
          props: {
            organizationName: partner.legalName,
            program: enrollment.program,
            status: "IN_REVIEW",
            statusUrl: appUrl("/enroll/status"),
          },
        });
      }
      return { status: "verified" as const, email: used.email, organizationName: partner.legalName };
    });
    if (!outcome) {
      const now = await peekContactVerification(token);
      return { status: now === "valid" ? "used" : now };
    }
    wakeEmailWorker();
    return outcome;
  } catch (error) {
    if (error instanceof StaleLink) return { status: "stale" };
    throw error;
  }
}
