import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import {
  assertKeepsGlobalAdmin,
  assertMayManage,
  assertNotSelf,
  loadTargetUser,
  lockForUserChange,
} from "./user-rules";

/** Disable or enable a user. Disabling ends their sessions at once and keeps at least one Global admin (R17). */
export async function setUserStatus(requestActor: UserActor, unverifiedUserId: string, status: UserStatus) {
  assertPermission(requestActor, "users-manage");
  return db().$transaction(async (tx) => {
    const actor = await lockForUserChange(tx, requestActor);
    const target = await loadTargetUser(tx, actor, unverifiedUserId);
    assertMayManage(actor, target);
    if (target.status === status) return target;
    assertNotSelf(actor, target.id, status === "DISABLED" ? "disable" : "enable");
    if (status === "DISABLED") await assertKeepsGlobalAdmin(tx, actor.tenantId, target);
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { status, sessionVersion: { increment: 1 } },
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
      action: status === "DISABLED" ? "user.disabled" : "user.enabled",
      target: { type: "user", id: target.id, label: target.email },
      before: { status: target.status },
      after: { status },
    });
    return updated;
  });
}
