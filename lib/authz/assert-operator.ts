import type { OperatorActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";

/** Operator-only reads re-check the actor's kind: a partner user object must never pass (types can be cast). */
export function assertOperator(operator: OperatorActor): void {
  if (operator?.kind !== "operator" || !operator.operatorId) throw notFound();
}
