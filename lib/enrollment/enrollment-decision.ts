import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Shared steps of "Approve" and "Reject" in the operator console (approve-enrollment.ts,
// reject-enrollment.ts). `unsafe…`: the callers have checked the operator already.

type Decision = { status: "APPROVED" } | { status: "REJECTED"; reason: string };

/**
 * Decides an enrollment with one conditional UPDATE … WHERE status = 'IN_REVIEW' RETURNING, so of
 * concurrent decisions exactly one wins; the others (and any enrollment not in review) are refused
 * with the reason: still waiting for the primary contact's email verification (R12), or already decided.
 */
export async function unsafeClaimDecision(tx: Tx, operator: OperatorActor, enrollmentId: string, decision: Decision) {
  const [claimed] = await tx.programEnrollment.updateManyAndReturn({
    where: { id: enrollmentId, status: "IN_REVIEW" },
    data: {
      status: decision.status,
      decidedAt: new Date(),
      decidedByOperatorId: operator.operatorId,
      rejectionReason: decision.status === "REJECTED" ? decision.reason : null,
    },
    select: {
      id: true,
      partnerId: true,
      program: true,
      status: true,
      viaTransition: true,
      startedByUserId: true,
      rejectionReason: true,
    },
  });
  if (claimed) return claimed;
  const current = await tx.programEnrollment.findUnique({ where: { id: enrollmentId }, select: { status: true } });
  if (!current) throw notFound("enrollment");
  if (current.status === "AWAITING_EMAIL_VERIFICATION") {
    throw new DomainError("CONFLICT", "review.awaitingVerification", { rule: "R12" });
  }
  throw new DomainError("CONFLICT", "review.alreadyDecided", { vars: { status: `enrollment.${current.status}` } });
}

/** The organization, its primary contact and the enrolling user (only if that user belongs to the organization's tenant). */
export async function unsafeLoadDecisionContext(tx: Tx, partnerId: string, startedByUserId: string | null) {
  const partner = await tx.partnerOrganization.findUniqueOrThrow({
    where: { id: partnerId },
    select: { id: true, tenantId: true, legalName: true, contactEmail: true },
  });
  const enrollingUser = startedByUserId
    ? await tx.user.findFirst({
        where: { id: startedByUserId, tenantId: partner.tenantId },
        select: { id: true, email: true, agentRole: true, adminRole: true, preferredLocale: true },
      })
    : null;
  const locale: Locale = isLocale(enrollingUser?.preferredLocale) ? enrollingUser.preferredLocale : "en";
  return { partner, enrollingUser, locale };
}

/** How the enrollment appears in audit events. */
export const enrollmentTarget = (enrollment: { id: string; program: string }, legalName: string) => ({
  type: "enrollment",
  id: enrollment.id,
  label: `${legalName} · ${enrollment.program}`,
});
