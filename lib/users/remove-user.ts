import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { assertKeepsGlobalAdmin, assertMayManage, assertNotSelf, loadTargetUser, lockTenantUsers } from "./user-rules";

/** Removes a user; their sessions go with the row (R17: ends them at once). The audit keeps who it was. */
export async function removeUser(actor: UserActor, unverifiedUserId: string) {
  assertPermission(actor, "users-manage");
  await db().$transaction(async (tx) => {
    await lockTenantUsers(tx, actor.tenantId);
    const target = await loadTargetUser(tx, actor, unverifiedUserId);
    assertNotSelf(actor, target.id, "remove");
    assertMayManage(actor, target);
    await assertKeepsGlobalAdmin(tx, actor.tenantId, target);
    await tx.user.delete({ where: { id: target.id } });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "user.removed",
      target: { type: "user", id: target.id, label: target.email },
      before: { name: target.name, agentRole: target.agentRole, adminRole: target.adminRole, status: target.status },
    });
  });
}
