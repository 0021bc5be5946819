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
 * R5's three steps as a nested select on partner_organizations; also spread into list queries
 * (`{ ...partnerFields, ...transactReadinessSelect }`) so a list gets every row's readiness in its
 * one statement (no N+1).
 */
export const transactReadinessSelect = {
  _count: {
    select: {
      enrollments: { where: { ...activeEnrollmentWhere, program: "INDIRECT_RESELLER" as const } },
      agreementAcceptances: {
        where: { kind: "PARTNER_AGREEMENT" as const, version: CURRENT_PARTNER_AGREEMENT_VERSION },
      },
    },
  },
  tenant: {
    select: {
      _count: { select: { users: { where: { adminRole: "GLOBAL_ADMIN" as const, status: "ACTIVE" as const } } } },
    },
  },
};

type ReadinessCounts = {
  _count: { enrollments: number; agreementAcceptances: number };
  tenant: { _count: { users: number } };
};

/** R5: the missing steps of a row selected with `transactReadinessSelect`, in the order a reseller takes them. */
export function readinessOf(row: ReadinessCounts): TransactReadiness {
  const missing = TRANSACT_STEPS.filter((step) => {
    if (step === "account") return row.tenant._count.users === 0;
    if (step === "approved_reseller_enrollment") return row._count.enrollments === 0;
    return row._count.agreementAcceptances === 0;
  });
  return { ready: missing.length === 0, missing };
}

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
    select: transactReadinessSelect,
  });
  return partner ? readinessOf(partner) : { ready: false, missing: [...TRANSACT_STEPS] };
}
