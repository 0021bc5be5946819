import "server-only";
import { CURRENT_PARTNER_AGREEMENT_VERSION } from "@/lib/partners/get-organization-overview";
import { TRANSACT_STEPS, type TransactReadiness } from "@/lib/partners/get-transact-readiness";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";

// R5 readiness for many partners in the query that lists them (no N+1): the same three steps as
// getTransactReadiness (lib/partners), as a nested select on partner_organizations. With Prisma's
// relationJoins the counts join into the list's one statement. tests/integration/
// partnerships-readiness.test.ts proves both agree for every combination of missing steps.

/** Add under a partner_organizations select: `{ ...partnerFields, ...transactReadinessSelect }`. */
export const transactReadinessSelect = {
  _count: {
    select: {
      enrollments: { where: { ...activeEnrollmentWhere, program: "INDIRECT_RESELLER" as const } },
      agreementAcceptances: { where: { kind: "PARTNER_AGREEMENT" as const, version: CURRENT_PARTNER_AGREEMENT_VERSION } },
    },
  },
  tenant: { select: { _count: { select: { users: { where: { adminRole: "GLOBAL_ADMIN" as const, status: "ACTIVE" as const } } } } } },
};

type ReadinessCounts = { _count: { enrollments: number; agreementAcceptances: number }; tenant: { _count: { users: number } } };

/** The missing R5 steps of a row selected with `transactReadinessSelect`, in the order a reseller takes them. */
export function readinessOf(row: ReadinessCounts): TransactReadiness {
  const missing = TRANSACT_STEPS.filter((step) => {
    if (step === "account") return row.tenant._count.users === 0;
    if (step === "approved_reseller_enrollment") return row._count.enrollments === 0;
    return row._count.agreementAcceptances === 0;
  });
  return { ready: missing.length === 0, missing };
}
