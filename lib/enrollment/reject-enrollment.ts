import "server-only";
import { z } from "zod";
import { noControlCharactersInLines, normalizeLineBreaks } from "@/lib/text";
import type { OperatorActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { assertOperator } from "@/lib/authz/assert-operator";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { validationErrorFrom } from "@/lib/errors";
import { enrollmentTarget, unsafeClaimDecision, unsafeLoadDecisionContext } from "./enrollment-decision";

export const REJECTION_REASON_MAX = 1000;

export const rejectEnrollmentSchema = z.strictObject({
  enrollmentId: z.uuid({ error: "review.notFound" }),
  reason: z
    .string({ error: "review.reasonRequired" })
    .transform((text) => normalizeLineBreaks(text).trim())
    .pipe(
      z
        .string()
        .min(1, "review.reasonRequired")
        .max(REJECTION_REASON_MAX, "review.reasonTooLong")
        .refine(noControlCharactersInLines, "review.reasonInvalid"),
    ),
});
export type RejectEnrollmentInput = z.input<typeof rejectEnrollmentSchema>;

/**
 * "Reject" in the operator console, with a required reason (at most 1,000 characters). One
 * transaction: the enrollment (only from IN_REVIEW; of concurrent decisions exactly one wins), the
 * audit event in the organization's log and the status email with the reason to the primary
 * contact. Operators only: partner sessions never pass.
 */
export async function rejectEnrollment(operator: OperatorActor, unverifiedInput: RejectEnrollmentInput) {
  assertOperator(operator);
  const parsed = rejectEnrollmentSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { enrollmentId, reason } = parsed.data;
  const result = await db().$transaction(async (tx) => {
    const enrollment = await unsafeClaimDecision(tx, operator, enrollmentId, { status: "REJECTED", reason });
    const { partner, locale } = await unsafeLoadDecisionContext(tx, enrollment.partnerId, enrollment.startedByUserId);
    await recordAuditEvent(tx, {
      actor: operator,
      tenantId: partner.tenantId,
      action: "enrollment.rejected",
      target: enrollmentTarget(enrollment, partner.legalName),
      before: { status: "IN_REVIEW" },
      after: { status: "REJECTED", program: enrollment.program, reason },
    });
    await enqueueEmail(tx, {
      to: partner.contactEmail,
      template: "enrollment-status",
      locale,
      tenantId: partner.tenantId,
      props: {
        organizationName: partner.legalName,
        program: enrollment.program,
        status: "REJECTED",
        reason,
        statusUrl: appUrl("/overview"),
      },
    });
    return enrollment;
  });
  wakeEmailWorker();
  return result;
}
