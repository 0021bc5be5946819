import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid, pageNumber, searchText } from "@/lib/text";
import { assertActiveReseller, PROVIDERS_PAGE_SIZE } from "./reseller-access";

/**
 * View customers (reseller side, P-customers-view, active INDIRECT_RESELLER program): the
 * customers the signed-in reseller shares with one of its providers — the intersection of both
 * parties' ACTIVE customer relationships: the reseller's own row linked to that provider AND the
 * provider's own row for the same customer. R7: linking never shares either side's other
 * customers, so a customer only one of them has never appears. A provider the reseller has no
 * relationship with (or a malformed id) answers NOT_FOUND. An ended relationship still opens (its
 * history), flagged `ended`. Searched by customer name or domain, one page and the total.
 */
export async function listSharedCustomers(
  actor: UserActor,
  unverifiedProviderId: unknown,
  options: { search?: unknown; page?: unknown } = {},
) {
  const resellerId = await assertActiveReseller(actor);
  if (!isUuid(unverifiedProviderId)) throw notFound("provider");
  const relationships = await db().providerResellerRelationship.findMany({
    where: { providerId: unverifiedProviderId, resellerId, reseller: { tenantId: actor.tenantId } },
    select: {
      status: true,
      startedAt: true,
      endedAt: true,
      provider: { select: { id: true, legalName: true, pnId: true } },
    },
    orderBy: [{ status: "asc" }, { startedAt: "desc" }],
    take: 1,
  });
  const relationship = relationships[0];
  if (!relationship) throw notFound("provider");
  const providerId = relationship.provider.id;

  const search = escapeLike(searchText(options.search));
  const page = pageNumber(options.page);
  const where: Prisma.CustomerRelationshipWhereInput = {
    partnerId: resellerId,
    linkedPartnerId: providerId,
    status: "ACTIVE",
    customer: {
      kind: "CUSTOMER",
      customerRelationships: { some: { partnerId: providerId, status: "ACTIVE" } },
      ...(search
        ? {
            OR: [
              { name: { contains: search, mode: "insensitive" } },
              { primaryDomain: { contains: search.toLowerCase() } },
            ],
          }
        : {}),
    },
  };
  const [total, rows] = await Promise.all([
    db().customerRelationship.count({ where }),
    db().customerRelationship.findMany({
      where,
      select: {
        id: true,
        startedAt: true,
        customer: { select: { id: true, name: true, primaryDomain: true, countryCode: true } },
      },
      orderBy: [{ customer: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * PROVIDERS_PAGE_SIZE,
      take: PROVIDERS_PAGE_SIZE,
    }),
  ]);
  return {
    provider: { ...relationship.provider, ended: relationship.status === "ENDED", endedAt: relationship.endedAt },
    customers: rows.map((row) => ({
      id: row.customer.id,
      name: row.customer.name,
      domain: row.customer.primaryDomain,
      countryCode: row.customer.countryCode,
      since: row.startedAt,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PROVIDERS_PAGE_SIZE)),
  };
}
