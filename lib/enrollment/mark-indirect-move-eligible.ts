import "server-only";
import { z } from "zod";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound, ruleViolation } from "@/lib/errors";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { isUuid } from "@/lib/text";

/** The partners page's Mark / Remove eligibility button; `name` only words the outcome. */
export const markIndirectMoveEligibleSchema = z.strictObject({
  partnerId: z.string().max(100),
  eligible: z.enum(["true", "false"]).transform((value) => value === "true"),
  name: z.string().transform((name) => name.slice(0, 200)),
});

/**
 * R14: the operator marks (or unmarks) a direct-bill partner as eligible to enroll as indirect
 * reseller with its existing tenant (sets or clears indirect_move_eligible_at). Only partners with
 * an approved direct-bill enrollment qualify. Idempotent: marking an eligible partner changes
 * nothing and writes no audit event. Operators only.
 */
export async function markIndirectMoveEligible(
  operator: OperatorActor,
  input: { partnerId: string; eligible: boolean },
) {
  assertOperator(operator);
  if (!isUuid(input.partnerId) || typeof input.eligible !== "boolean") throw notFound("partnerOrganization");
  return db().$transaction(async (tx) => {
    // The row lock makes concurrent mark/unmark clicks apply one after the other, each audited once.
    if (!(await lockPartnerRow(tx, input.partnerId))) throw notFound("partnerOrganization");
    const partner = await tx.partnerOrganization.findUniqueOrThrow({
      where: { id: input.partnerId },
      select: { id: true, tenantId: true, legalName: true, indirectMoveEligibleAt: true },
    });
    const directBill = await tx.programEnrollment.count({
      where: { partnerId: partner.id, program: "DIRECT_BILL", status: "APPROVED" },
    });
    if (directBill === 0) {
      throw ruleViolation("R14", "review.partners.notDirectBill");
    }
    const wasEligible = partner.indirectMoveEligibleAt !== null;
    if (wasEligible === input.eligible) return { changed: false, eligibleAt: partner.indirectMoveEligibleAt };
    const updated = await tx.partnerOrganization.update({
      where: { id: partner.id },
      data: { indirectMoveEligibleAt: input.eligible ? new Date() : null },
      select: { indirectMoveEligibleAt: true },
    });
    await recordAuditEvent(tx, {
      actor: operator,
      tenantId: partner.tenantId,
      action: "partner.indirect_move_eligibility_changed",
      target: { type: "partner", id: partner.id, label: partner.legalName },
      before: { eligible: wasEligible },
      after: { eligible: input.eligible },
    });
    return { changed: true, eligibleAt: updated.indirectMoveEligibleAt };
  });
}
