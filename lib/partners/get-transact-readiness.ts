import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { isUuid } from "@/lib/text";
import { CURRENT_PARTNER_AGREEMENT_VERSION } from "./get-organization-overview";
import { activeEnrollmentWhere } from "./list-active-programs";

/** R5's steps, in the order a reseller takes them. */
export const TRANSACT_STEPS = ["account", "approved_reseller_enrollment", "partner_agreement"] as const;
export type TransactStep = (typeof TRANSACT_STEPS)[number];
export type TransactReadiness = { ready: boolean; missing: TransactStep[] };

/**
 * R5 Partner Agreement first: may a provider transact new business with this (reseller) partner?
 * It needs (a) an account: an active Global admin user in the partner's tenant, (b) an approved
 * indirect reseller enrollment whose capabilities are on (R14: a direct-bill partner's move counts
 * only after "Accept and continue"), (c) the current Partner Agreement accepted. Returns the
 * missing steps so the caller can say which one. An unknown partner misses every step.
 *
 * `partnerId` is trusted (loaded by the caller); pass the caller's transaction to check inside it.
 */
export async function getTransactReadiness(partnerId: string, tx?: Tx): Promise<TransactReadiness> {
  if (!isUuid(partnerId)) return { ready: false, missing: [...TRANSACT_STEPS] };
  const client = tx ?? db();
  const partner = await client.partnerOrganization.findUnique({
    where: { id: partnerId },
    select: {
      _count: {
        select: {
          enrollments: { where: { ...activeEnrollmentWhere, program: "INDIRECT_RESELLER" } },
          agreementAcceptances: { where: { kind: "PARTNER_AGREEMENT", version: CURRENT_PARTNER_AGREEMENT_VERSION } },
        },
      },
      tenant: { select: { _count: { select: { users: { where: { adminRole: "GLOBAL_ADMIN", status: "ACTIVE" } } } } } },
    },
  });
  if (!partner) return { ready: false, missing: [...TRANSACT_STEPS] };
  const missing = TRANSACT_STEPS.filter((step) => {
    if (step === "account") return partner.tenant._count.users === 0;
    if (step === "approved_reseller_enrollment") return partner._count.enrollments === 0;
    return partner._count.agreementAcceptances === 0;
  });
  return { ready: missing.length === 0, missing };
}
