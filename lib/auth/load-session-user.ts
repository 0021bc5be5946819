import "server-only";
import { db } from "@/lib/db/client";
import type { UserActor } from "./actor";

export type SessionUser = UserActor & {
  sessionId: string;
  /** The version this session was opened with; domain functions re-check it under their locks. */
  sessionVersion: number;
  mustChangePassword: boolean;
  tenantKind: "PARTNER" | "CUSTOMER";
  tenantName: string;
};

export type SessionClaimsInput = { sessionId: string; userId: string; sessionVersion: number; ip: string | null };

/**
 * Resolves session claims to the user as the database has it now (one query): the session
 * row must be live, the user active and the session version current (ENGINEERING §3).
 */
export async function loadSessionUser(claims: SessionClaimsInput): Promise<SessionUser | null> {
  const session = await db().userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      revokedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          tenantId: true,
          email: true,
          name: true,
          agentRole: true,
          adminRole: true,
          status: true,
          sessionVersion: true,
          mustChangePassword: true,
          tenant: { select: { kind: true, name: true, partner: { select: { id: true } } } },
        },
      },
    },
  });
  const user = session?.user;
  if (!session || !user || session.revokedAt || session.expiresAt <= new Date()) return null;
  if (user.id !== claims.userId || user.status !== "ACTIVE" || user.sessionVersion !== claims.sessionVersion)
    return null;
  return {
    kind: "user",
    userId: user.id,
    tenantId: user.tenantId,
    partnerId: user.tenant.partner?.id ?? null,
    email: user.email,
    name: user.name,
    agentRole: user.agentRole,
    adminRole: user.adminRole,
    ip: claims.ip,
    sessionId: claims.sessionId,
    sessionVersion: user.sessionVersion,
    mustChangePassword: user.mustChangePassword,
    tenantKind: user.tenant.kind,
    tenantName: user.tenant.name,
  };
}
