import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { unsafeRequeueDeadEmail, type RequeuedEmail } from "./requeue-dead-email";

/**
 * "Retry" in the operator console: sends any organization's undeliverable email again. The
 * audit event goes to that organization's log (actor: the operator).
 */
export async function retryAnyDeadEmail(operator: OperatorActor, unverifiedEmailId: string): Promise<RequeuedEmail> {
  assertOperator(operator);
  return unsafeRequeueDeadEmail(operator, { allTenants: true }, unverifiedEmailId);
}
