import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { unsafeRequeueDeadEmail, type RequeuedEmail } from "./requeue-dead-email";

/**
 * "Retry" on Settings → Audit log (P-audit-view): sends an undeliverable email of the actor's
 * organization again. Another organization's email, or one that isn't DEAD, is "not found".
 */
export async function retryDeadEmail(actor: UserActor, unverifiedEmailId: string): Promise<RequeuedEmail> {
  assertPermission(actor, "audit-view");
  return unsafeRequeueDeadEmail(actor, { tenantId: actor.tenantId }, unverifiedEmailId);
}
