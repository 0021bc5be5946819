import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { validationErrorFrom } from "@/lib/errors";
import { closeSupportRequestSchema } from "./support-input";
import { unsafeClaimSupportRequest, unsafeRecordClose } from "./support-request-steps";

/** Operator console → a support request → "Close": CLOSED (closing twice is a clear refusal) and audit `support.closed`, in one transaction. Operators only. */
export async function closeSupportRequest(operator: OperatorActor, unverifiedInput: { requestId: string }) {
  assertOperator(operator);
  const parsed = closeSupportRequestSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  return db().$transaction(async (tx) => {
    const { request, previousStatus } = await unsafeClaimSupportRequest(tx, parsed.data.requestId, "CLOSED");
    await unsafeRecordClose(tx, operator, request, previousStatus);
    return { requestId: request.id };
  });
}
