import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { permissionsOf } from "@/lib/authz/permissions";
import { db } from "@/lib/db/client";
import { ruleViolation } from "@/lib/errors";
import type { UpdateRolesInput } from "./user-input";
import { assertGrantable, assertKeepsGlobalAdmin, assertMayManage, loadTargetUser, lockTenantUsers } from "./user-rules";

/** "Update" on the user detail page. The user's sessions end at once (session version). */
export async function updateUserRoles(actor: UserActor, input: UpdateRolesInput) {
  assertPermission(actor, "users-manage");
  return db().$transaction(async (tx) => {
    await lockTenantUsers(tx, actor.tenantId);
    const target = await loadTargetUser(tx, actor, input.userId);
    if (target.agentRole === input.agentRole && target.adminRole === input.adminRole) return target;
    assertMayManage(actor, target);
    assertGrantable(actor, input, target);
    if (target.id === actor.userId) {
      // R17: nobody raises their own roles; lowering them is fine.
      const before = permissionsOf(target);
      if ([...permissionsOf(input)].some((permission) => !before.has(permission))) {
        throw ruleViolation("R17", "you can't raise your own roles. Ask another Global admin.");
      }
    }
    if (input.adminRole !== "GLOBAL_ADMIN") await assertKeepsGlobalAdmin(tx, actor.tenantId, target);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { agentRole: input.agentRole, adminRole: input.adminRole, sessionVersion: { increment: 1 } },
      select: { id: true, name: true, email: true, agentRole: true, adminRole: true, status: true, mustChangePassword: true },
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
