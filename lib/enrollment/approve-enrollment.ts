import "server-only";
import { z } from "zod";
import type { OperatorActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { assertOperator } from "@/lib/authz/assert-operator";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";
import { enrollmentTarget, unsafeClaimDecision, unsafeLoadDecisionContext } from "./enrollment-decision";

/** The Approve form: the enrollment's id (anything that isn't one of its ids is "not found"). */
export const approveEnrollmentSchema = z.strictObject({ enrollmentId: z.string().max(100) });

/**
 * "Approve" in the operator console. One transaction: the enrollment (only from IN_REVIEW; of
 * concurrent decisions exactly one wins), the enrolling user made Admin agent + Global admin (SPEC
 * §2; their sessions end so the new roles apply), audit events in the organization's log and the
 * approval email to the primary contact. Operators only: partner sessions never pass.
 */
export async function approveEnrollment(operator: OperatorActor, unverifiedEnrollmentId: string) {
  assertOperator(operator);
  if (!isUuid(unverifiedEnrollmentId)) throw notFound("enrollment");
  const result = await db().$transaction(async (tx) => {
    const enrollment = await unsafeClaimDecision(tx, operator, unverifiedEnrollmentId, { status: "APPROVED" });
    const { partner, enrollingUser, locale } = await unsafeLoadDecisionContext(
      tx,
      enrollment.partnerId,
      enrollment.startedByUserId,
    );

    if (enrollingUser && (enrollingUser.agentRole !== "ADMIN_AGENT" || enrollingUser.adminRole !== "GLOBAL_ADMIN")) {
      await tx.user.update({
        where: { id: enrollingUser.id },
        data: { agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN", sessionVersion: { increment: 1 } },
      });
      await recordAuditEvent(tx, {
        actor: operator,
        tenantId: partner.tenantId,
        action: "user.roles_changed",
        target: { type: "user", id: enrollingUser.id, label: enrollingUser.email },
        before: { agentRole: enrollingUser.agentRole, adminRole: enrollingUser.adminRole },
        after: { agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" },
      });
    }
    await recordAuditEvent(tx, {
      actor: operator,
      tenantId: partner.tenantId,
      action: "enrollment.approved",
      target: enrollmentTarget(enrollment, partner.legalName),
      before: { status: "IN_REVIEW" },
      after: { status: "APPROVED", program: enrollment.program, viaTransition: enrollment.viaTransition },
    });
    await enqueueEmail(tx, {
      to: partner.contactEmail,
      template: "enrollment-approved",
      locale,
      tenantId: partner.tenantId,
      props: { organizationName: partner.legalName, program: enrollment.program, overviewUrl: appUrl("/overview") },
    });
    return enrollment;
  });
  wakeEmailWorker();
  return result;
}
