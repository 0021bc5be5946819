import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import type { UpdateRolesInput } from "./user-input";
import {
  assertGrantable,
  assertKeepsGlobalAdmin,
  assertMayManage,
  assertNotRaisingOwnRoles,
  loadTargetUser,
  lockForUserChange,
} from "./user-rules";

/** "Update" on the user detail page. The user's sessions end at once (session version). */
export async function updateUserRoles(requestActor: UserActor, input: UpdateRolesInput) {
  assertPermission(requestActor, "users-manage");
  return db().$transaction(async (tx) => {
    const actor = await lockForUserChange(tx, requestActor);
    const target = await loadTargetUser(tx, actor, input.userId);
    if (target.agentRole === input.agentRole && target.adminRole === input.adminRole) return target;
    assertMayManage(actor, target);
    assertGrantable(actor, input, target);
    if (target.id === actor.userId) assertNotRaisingOwnRoles(target, input);
    if (input.adminRole !== "GLOBAL_ADMIN") await assertKeepsGlobalAdmin(tx, actor.tenantId, target);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { agentRole: input.agentRole, adminRole: input.adminRole, sessionVersion: { increment: 1 } },
      select: {
        id: true,
        name: true,
        email: true,
        agentRole: true,
        adminRole: true,
        status: true,
        mustChangePassword: true,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "user.roles_changed",
      target: { type: "user", id: target.id, label: target.email },
      before: { agentRole: target.agentRole, adminRole: target.adminRole },
      after: { agentRole: updated.agentRole, adminRole: updated.adminRole },
    });
    return updated;
  });
}
