import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { currentRequestId } from "@/lib/observability/request-context";

export type AuditInput = {
  actor: Actor;
  /** The organization whose audit log shows the event (null: operator console only). */
  tenantId: string | null;
  action: string;
  target: { type: string; id?: string | null; label?: string | null };
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Writes one audit event inside the caller's transaction (SPEC §6): it commits or rolls back with
 * the change. A user acting in another tenant's log (an acceptance or refusal in the sender's log,
 * an order in the customer's) is recorded as their organization — its name, no user id, email or
 * IP: one tenant's log never carries another tenant's user identity.
 */
export async function recordAuditEvent(tx: Tx, input: AuditInput) {
  const { actor } = input;
  const foreign = actor.kind === "user" && actor.tenantId !== input.tenantId;
  const actorLabel = foreign
    ? await organizationLabel(tx, actor.tenantId)
    : actor.kind === "system"
      ? "system"
      : actor.email;
  await tx.auditEvent.create({
    data: {
      tenantId: input.tenantId,
      actorUserId: actor.kind === "user" && !foreign ? actor.userId : null,
      actorOperatorId: actor.kind === "operator" ? actor.operatorId : null,
      actorLabel,
      action: input.action,
      targetType: input.target.type,
      targetId: input.target.id ?? null,
      targetLabel: input.target.label?.slice(0, 254) ?? null,
      before: input.before,
      after: input.after,
      ip: actor.kind === "system" || foreign ? null : actor.ip,
      requestId: currentRequestId() ?? null,
    },
  });
}

/** The acting user's organization as another tenant's log names it (`tenants.name`). */
async function organizationLabel(tx: Tx, tenantId: string): Promise<string> {
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId }, select: { name: true } });
  return (tenant?.name ?? "another organization").slice(0, 254);
}
