import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RelationshipStatus } from "@/lib/generated/prisma/enums";
import { pageNumber } from "@/lib/text";
import { searchText } from "@/lib/text";

export const RELATIONSHIPS_PAGE_SIZE = 25;

export type RelationshipFilter = { search: string; status: RelationshipStatus | null; page: number };

/** The filter from the URL: search text, status (default ACTIVE; `ALL` for every status) and page; anything unknown is ignored. */
export function parseRelationshipFilter(params: Record<string, string | string[] | undefined>): RelationshipFilter {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const status = one("status");
  return {
    search: searchText(one("q")),
    status:
      status === "ALL"
        ? null
        : (Object.values(RelationshipStatus) as string[]).includes(status ?? "")
          ? (status as RelationshipStatus)
          : "ACTIVE",
    page: pageNumber(one("page")),
  };
}

const PARTNER = { select: { id: true, legalName: true, pnId: true, countryCode: true } } as const;

/**
 * Operator console → Relationships (R15): every provider–reseller relationship, searched by either
 * partner's legal name or PN ID (literally), filtered by status, newest first; one page and the
 * total. Operators only.
 */
export async function listProviderResellerRelationships(operator: OperatorActor, filter: RelationshipFilter) {
  assertOperator(operator);
  const search = escapeLike(searchText(filter.search));
  const matches = (side: "provider" | "reseller"): Prisma.ProviderResellerRelationshipWhereInput => ({
    [side]: {
      OR: [
        { legalName: { contains: search, mode: "insensitive" } },
        { pnId: { contains: search, mode: "insensitive" } },
      ],
    },
  });
  const where: Prisma.ProviderResellerRelationshipWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(search ? { OR: [matches("provider"), matches("reseller")] } : {}),
  };
  const [total, relationships] = await Promise.all([
    db().providerResellerRelationship.count({ where }),
    db().providerResellerRelationship.findMany({
      where,
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        endReason: true,
        provider: PARTNER,
        reseller: PARTNER,
      },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * RELATIONSHIPS_PAGE_SIZE,
      take: RELATIONSHIPS_PAGE_SIZE,
    }),
  ]);
  return {
    relationships,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / RELATIONSHIPS_PAGE_SIZE)),
  };
}
