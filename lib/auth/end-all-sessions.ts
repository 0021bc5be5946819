import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "./current-user";

/** Ends every session of the user on every device: the session version is bumped and each row revoked (audited). */
export async function endAllSessions(user: CurrentUser): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({
      where: { userId: user.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor: user,
      tenantId: user.tenantId,
      action: "user.signed_out_everywhere",
      target: { type: "user", id: user.userId, label: user.email },
    });
  });
}
