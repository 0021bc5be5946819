import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { assertMayManage, assertNotSelf, loadTargetUser, lockForUserChange, TEMP_PASSWORD_TTL_MS } from "./user-rules";

/** A new temporary password (R18), shown once by the caller; the user's sessions end. */
export async function resetUserPassword(requestActor: UserActor, unverifiedUserId: string) {
  assertPermission(requestActor, "users-manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db().$transaction(async (tx) => {
    const actor = await lockForUserChange(tx, requestActor);
    const target = await loadTargetUser(tx, actor, unverifiedUserId);
    assertNotSelf(actor, target.id, "reset");
    assertMayManage(actor, target);
    await tx.user.update({
      where: { id: target.id },
      data: {
        passwordHash,
        mustChangePassword: true,
        tempPasswordExpiresAt: new Date(Date.now() + TEMP_PASSWORD_TTL_MS),
        sessionVersion: { increment: 1 },
      },
    });
    await tx.userSession.updateMany({ where: { userId: target.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "user.password_reset",
      target: { type: "user", id: target.id, label: target.email },
    });
    return target;
  });
  return { user, temporaryPassword, expiresInHours: Math.round(TEMP_PASSWORD_TTL_MS / 3600_000) };
}
