import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageNumber, searchText } from "@/lib/text";

export const PARTNERS_PAGE_SIZE = 25;

/**
 * Operator console → Partners: every partner organization, searched by name (legal or tenant),
 * PN ID or primary domain (literally: no wildcards), sorted by legal name; each with its programs
 * and R14 eligibility. One page and the total. Operators only.
 */
export async function listPartnerOrganizations(operator: OperatorActor, options: { search?: unknown; page?: unknown }) {
  assertOperator(operator);
  const search = escapeLike(searchText(options.search));
  const page = pageNumber(options.page);
  const where: Prisma.PartnerOrganizationWhereInput = search
    ? {
        OR: [
          { legalName: { contains: search, mode: "insensitive" } },
          { pnId: { contains: search, mode: "insensitive" } },
          { tenant: { name: { contains: search, mode: "insensitive" } } },
          { tenant: { primaryDomain: { contains: search.toLowerCase() } } },
        ],
      }
    : {};
  const [total, partners] = await Promise.all([
    db().partnerOrganization.count({ where }),
    db().partnerOrganization.findMany({
      where,
      select: {
        id: true,
        legalName: true,
        pnId: true,
        countryCode: true,
        indirectMoveEligibleAt: true,
        tenant: { select: { primaryDomain: true } },
        enrollments: {
          select: { id: true, program: true, status: true, viaTransition: true },
          orderBy: { submittedAt: "asc" },
        },
      },
      orderBy: [{ legalName: "asc" }, { id: "asc" }],
      skip: (page - 1) * PARTNERS_PAGE_SIZE,
      take: PARTNERS_PAGE_SIZE,
    }),
  ]);
  return {
    partners: partners.map(({ tenant, ...partner }) => ({
      ...partner,
      domain: tenant.primaryDomain,
      /** R14: the eligibility control applies to partners with an approved direct-bill enrollment. */
      directBill: partner.enrollments.some(
        (enrollment) => enrollment.program === "DIRECT_BILL" && enrollment.status === "APPROVED",
      ),
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PARTNERS_PAGE_SIZE)),
  };
}
