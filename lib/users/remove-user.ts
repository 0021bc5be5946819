import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import {
  assertKeepsGlobalAdmin,
  assertMayManage,
  assertNotSelf,
  loadTargetUser,
  lockForUserChange,
} from "./user-rules";

/** Removes a user; their sessions go with the row (R17: ends them at once). The audit keeps who it was. */
export async function removeUser(requestActor: UserActor, unverifiedUserId: string) {
  assertPermission(requestActor, "users-manage");
  await db().$transaction(async (tx) => {
    const actor = await lockForUserChange(tx, requestActor);
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
