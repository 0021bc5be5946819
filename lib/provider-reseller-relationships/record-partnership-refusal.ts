import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { DomainError } from "@/lib/errors";
import type { ProviderInvitation } from "./find-provider-invitation";
import type { PartnerForRules } from "./partnership-rules";

/**
 * After the reseller's Global admin tried to authorize and a partnership rule refused (R2, R14,
 * existing relationship): stamps `lastRefusedAt` / `lastRefusalRule` on the still PENDING
 * invitation, so the provider's list shows it, and audits `invitation.refused` in the provider's
 * tenant — its own short transaction (the refused one changed nothing).
 */
export async function recordPartnershipRefusal(
  actor: UserActor,
  invitation: ProviderInvitation,
  refusal: DomainError,
  reseller: PartnerForRules,
): Promise<void> {
  const rule = refusal.details.rule ?? refusal.code;
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ tenantId: string }[]>`
      UPDATE invitations i SET last_refused_at = now(), last_refusal_rule = ${rule.slice(0, 10)}, updated_at = now()
      FROM partner_organizations p
      WHERE i.id = ${invitation.id}::uuid AND i.status = 'PENDING' AND p.id = i.inviter_id
      RETURNING p.tenant_id AS "tenantId"`;
    if (!row) return;
    await recordAuditEvent(tx, {
      actor,
      tenantId: row.tenantId,
      action: "invitation.refused",
      target: { type: "invitation", id: invitation.id, label: reseller.legalName },
      after: { rule, reason: refusal.message, reseller: reseller.legalName },
    });
  });
}
