import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Locks the partner organization's row for the rest of the transaction (FOR NO KEY UPDATE, so
 * foreign keys to it still work): changes that check "is there already…" against the partner's
 * rows (invitations, support requests, profile edits) take it first and so run one at a time.
 * With `tenantId`, a row of another tenant is not locked and the answer is false.
 */
export async function lockPartnerRow(tx: Tx, partnerId: string, tenantId?: string): Promise<boolean> {
  const rows = tenantId
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM partner_organizations WHERE id = ${partnerId}::uuid AND tenant_id = ${tenantId}::uuid FOR NO KEY UPDATE`
    : await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM partner_organizations WHERE id = ${partnerId}::uuid FOR NO KEY UPDATE`;
  return rows.length > 0;
}
