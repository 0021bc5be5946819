import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export type AuditInput = {
  actor: Actor;
  /** The organization whose audit log shows the event (null: operator console only). */
  tenantId: string | null;
  action: string;
  target: { type: string; id?: string | null; label?: string | null };
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Writes one audit event inside the caller's transaction (SPEC §6): it commits or rolls back with the change. */
export async function recordAuditEvent(tx: Tx, input: AuditInput) {
  const { actor } = input;
  await tx.auditEvent.create({
    data: {
      tenantId: input.tenantId,
      actorUserId: actor.kind === "user" ? actor.userId : null,
      actorOperatorId: actor.kind === "operator" ? actor.operatorId : null,
      actorLabel: actor.kind === "system" ? "system" : actor.email,
      action: input.action,
      targetType: input.target.type,
      targetId: input.target.id ?? null,
      targetLabel: input.target.label?.slice(0, 254) ?? null,
      before: input.before,
      after: input.after,
      ip: actor.kind === "system" ? null : actor.ip,
    },
  });
}
