import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";
import { SUPPORT_REQUEST_DETAIL_SELECT } from "./support-request-select";

/** Settings → Support → one request (P-support-request): only the organization's own; another's or a missing one is NOT_FOUND. */
export async function getSupportRequest(actor: UserActor, unverifiedRequestId: unknown) {
  assertPermission(actor, "support-request");
  if (!isUuid(unverifiedRequestId)) throw notFound("supportRequest");
  const request = await db().supportRequest.findFirst({
    where: { id: unverifiedRequestId, partnerId: actor.partnerId!, partner: { tenantId: actor.tenantId } },
    select: SUPPORT_REQUEST_DETAIL_SELECT,
  });
  if (!request) throw notFound("supportRequest");
  return request;
}
