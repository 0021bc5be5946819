import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";
import { SUPPORT_REQUEST_DETAIL_SELECT } from "./support-request-select";

/** Operator console → one support request: the organization, the requester, the conversation and the relationship it is about. Operators only. */
export async function getSupportRequestDetail(operator: OperatorActor, unverifiedRequestId: unknown) {
  assertOperator(operator);
  if (!isUuid(unverifiedRequestId)) throw notFound("supportRequest");
  const request = await db().supportRequest.findUnique({
    where: { id: unverifiedRequestId },
    select: {
      ...SUPPORT_REQUEST_DETAIL_SELECT,
      partner: { select: { id: true, legalName: true, pnId: true, contactEmail: true } },
    },
  });
  if (!request) throw notFound("supportRequest");
  return request;
}
