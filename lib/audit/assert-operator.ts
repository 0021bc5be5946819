import type { OperatorActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";

/** Operator-only reads re-check the actor's kind: a partner user object must never pass (types can be cast). */
export function assertOperator(operator: OperatorActor): void {
  if (operator?.kind !== "operator" || !operator.operatorId)
    throw new DomainError("NOT_FOUND", "The page or item was not found.");
}
