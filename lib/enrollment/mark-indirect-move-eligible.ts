import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound, ruleViolation } from "@/lib/errors";
import { isUuid } from "@/lib/text";

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
    const [partner] = await tx.$queryRaw<
      { id: string; tenant_id: string; legal_name: string; eligible_at: Date | null }[]
    >`
      SELECT id, tenant_id, legal_name, indirect_move_eligible_at AS eligible_at
      FROM partner_organizations WHERE id = ${input.partnerId}::uuid FOR NO KEY UPDATE`;
    if (!partner) throw notFound("partnerOrganization");
    const directBill = await tx.programEnrollment.count({
      where: { partnerId: partner.id, program: "DIRECT_BILL", status: "APPROVED" },
    });
    if (directBill === 0) {
      throw ruleViolation(
        "R14",
        "only a direct-bill partner can be marked eligible for the move to indirect reseller.",
        undefined,
        {
          messageKey: "review.partners.notDirectBill",
        },
      );
    }
    const wasEligible = partner.eligible_at !== null;
    if (wasEligible === input.eligible) return { changed: false, eligibleAt: partner.eligible_at };
    const updated = await tx.partnerOrganization.update({
      where: { id: partner.id },
      data: { indirectMoveEligibleAt: input.eligible ? new Date() : null },
      select: { indirectMoveEligibleAt: true },
    });
    await recordAuditEvent(tx, {
      actor: operator,
      tenantId: partner.tenant_id,
      action: "partner.indirect_move_eligibility_changed",
      target: { type: "partner", id: partner.id, label: partner.legal_name },
      before: { eligible: wasEligible },
      after: { eligible: input.eligible },
    });
    return { changed: true, eligibleAt: updated.indirectMoveEligibleAt };
  });
}
