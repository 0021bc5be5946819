import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";

/** Counts for the operator console's front page (operators see every organization; nobody else does). */
export async function getProgramSummary(operator: OperatorActor) {
  assertOperator(operator);
  const [partners, customers, inReview, openSupport, deadEmails] = await db().$transaction([
    db().partnerOrganization.count(),
    db().tenant.count({ where: { kind: "CUSTOMER" } }),
    db().programEnrollment.count({ where: { status: "IN_REVIEW" } }),
    db().supportRequest.count({ where: { status: { not: "CLOSED" } } }),
    db().outboxEmail.count({ where: { status: "DEAD" } }),
  ]);
  return { partners, customers, inReview, openSupport, deadEmails };
}
