import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";

/** What a request may know about its session besides the actor: SessionUser has `sessionId`, and `sessionVersion` is checked when present. */
type SessionBound = { sessionId?: unknown; sessionVersion?: unknown };

/**
 * The actor as the database has it now, read inside the caller's transaction — call it after the
 * lock the change depends on (ENGINEERING §3: roles are re-read, not trusted). The roles loaded at
 * request start may be stale by then: another admin may have demoted, disabled or removed the
 * actor, or its session may have ended, while this request waited. Each of those answers "not
 * found", like a missing permission; otherwise the fresh roles and partner organization replace
 * the old ones and every later check runs on them.
 */
export async function reloadActor<A extends UserActor>(tx: Tx, actor: A): Promise<A> {
  const { sessionId, sessionVersion } = actor as A & SessionBound;
  const lost = () => notFound();
  const user = await tx.user.findFirst({
    where: { id: actor.userId, tenantId: actor.tenantId, status: "ACTIVE" },
    select: {
      agentRole: true,
      adminRole: true,
      sessionVersion: true,
      tenant: { select: { partner: { select: { id: true } } } },
    },
  });
  if (!user) throw lost();
  if (typeof sessionVersion === "number" && user.sessionVersion !== sessionVersion) throw lost();
  if (sessionId !== undefined) {
    // Sign-out, "sign out everywhere", a password change or reset revoke the session row.
    if (!isUuid(sessionId)) throw lost();
    const live = await tx.userSession.count({
      where: { id: sessionId, userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    });
    if (live === 0) throw lost();
  }
  return { ...actor, agentRole: user.agentRole, adminRole: user.adminRole, partnerId: user.tenant.partner?.id ?? null };
}
