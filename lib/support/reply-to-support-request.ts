import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { validationErrorFrom } from "@/lib/errors";
import { replySupportRequestSchema, type ReplySupportRequestInput } from "./support-input";
import { unsafeClaimSupportRequest, unsafeRecordReply } from "./support-request-steps";

/**
 * Operator console → a support request → "Reply". One transaction: the reply stored as the
 * operator's message, the request ANSWERED (never a closed one: a clear refusal), audit
 * `support.replied` in the organization's log and the support-reply email to the requester.
 * Operators only: partner sessions never pass.
 */
export async function replyToSupportRequest(operator: OperatorActor, unverifiedInput: ReplySupportRequestInput) {
  assertOperator(operator);
  const parsed = replySupportRequestSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { requestId, body } = parsed.data;
  const result = await db().$transaction(async (tx) => {
    const { request, previousStatus } = await unsafeClaimSupportRequest(tx, requestId, "ANSWERED");
    const message = await unsafeRecordReply(tx, operator, request, body, previousStatus);
    return { requestId: request.id, messageId: message.id };
  });
  wakeEmailWorker();
  return result;
}
