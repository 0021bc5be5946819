import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { DEAD_EMAIL_SELECT, DEAD_EMAILS_LIMIT, type DeadEmail } from "./list-dead-emails";

export type DeadEmailWithTenant = DeadEmail & { tenant: { name: string; primaryDomain: string } | null };

/** Operator console: every organization's undeliverable emails (and platform ones without an organization), newest first. */
export async function listAllDeadEmails(
  operator: OperatorActor,
  take = DEAD_EMAILS_LIMIT,
): Promise<DeadEmailWithTenant[]> {
  assertOperator(operator);
  return db().outboxEmail.findMany({
    where: { status: "DEAD" },
    select: { ...DEAD_EMAIL_SELECT, tenant: { select: { name: true, primaryDomain: true } } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, take), DEAD_EMAILS_LIMIT),
  });
}
