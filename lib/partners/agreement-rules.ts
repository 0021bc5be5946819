import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { lockPartnerRow } from "./lock-partner-row";

// Shared by accept-partner-agreement.ts and accept-indirect-reseller-agreement.ts.

/** Partner sessions only: an operator or system actor (types can be cast) is "not found" like a missing permission. */
export function assertPartnerUser(actor: UserActor): void {
  if (actor?.kind !== "user" || !actor.userId) throw notFound();
}

/**
 * Inside the accepting transaction: the actor as the database has it now (active, same tenant) still
 * holds P-profile-edit, and its organization row, locked so two accepts run one after the other.
 */
export async function lockOrganizationForAgreement(tx: Tx, actor: UserActor) {
  const user = await tx.user.findFirst({
    where: { id: actor.userId, tenantId: actor.tenantId, status: "ACTIVE" },
    select: { agentRole: true, adminRole: true },
  });
  if (!user) throw notFound();
  assertPermission({ ...user, partnerId: actor.partnerId }, "profile-edit");
  if (!actor.partnerId || !(await lockPartnerRow(tx, actor.partnerId, actor.tenantId))) throw notFound("organization");
  return tx.partnerOrganization.findUniqueOrThrow({
    where: { id: actor.partnerId },
    select: { id: true, legalName: true },
  });
}
