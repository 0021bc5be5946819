import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/text";

/** One user of the actor's tenant, or null (also for another tenant's user and a malformed id). */
export async function getUser(actor: UserActor, unverifiedUserId: string) {
  assertPermission(actor, "users-view");
  if (!isUuid(unverifiedUserId)) return null;
  return db().user.findFirst({
    where: { id: unverifiedUserId, tenantId: actor.tenantId },
    select: {
      id: true,
      name: true,
      email: true,
      agentRole: true,
      adminRole: true,
      status: true,
      mustChangePassword: true,
      lastSignInAt: true,
      createdAt: true,
      tempPasswordExpiresAt: true,
    },
  });
}
