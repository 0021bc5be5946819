import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { AUDIT_ACTIONS } from "./actions";
import { assertOperator } from "@/lib/authz/assert-operator";

/**
 * The operator's action choices: the catalogue. No index leads with the action across all
 * tenants, and a DISTINCT over every event would be the one slow query on the page.
 */
export async function listAllAuditActions(operator: OperatorActor): Promise<string[]> {
  assertOperator(operator);
  return [...AUDIT_ACTIONS];
}
