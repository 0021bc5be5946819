import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { regionOf } from "@/lib/regions";
import { pageNumber, searchText } from "@/lib/text";
import { loadActiveProvider } from "./partnership-rules";
import { readinessOf, transactReadinessSelect } from "@/lib/partners/get-transact-readiness";

export const RESELLERS_PAGE_SIZE = 25;

/**
 * Indirect resellers (provider side; P-customers-view, active INDIRECT_PROVIDER program, else
 * NOT_FOUND): the provider's relationships, active first, each with the reseller's legal name,
 * region, PN ID, since when, status (ENDED ones stay as history with their end date, R15) and its
 * R5 readiness with each missing step — all in one statement plus the count. Searchable by the
 * reseller's name or PN ID.
 */
export async function listIndirectResellers(actor: UserActor, options: { search?: unknown; page?: unknown } = {}) {
  assertPermission(actor, "customers-view");
  const provider = await loadActiveProvider(db(), actor);
  const search = escapeLike(searchText(options.search));
  const page = pageNumber(options.page);
  const where: Prisma.ProviderResellerRelationshipWhereInput = {
    providerId: provider.id,
    provider: { tenantId: actor.tenantId },
    ...(search
      ? {
          reseller: {
            OR: [
              { legalName: { contains: search, mode: "insensitive" } },
              { pnId: { contains: search, mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db().providerResellerRelationship.count({ where }),
    db().providerResellerRelationship.findMany({
      where,
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        reseller: { select: { id: true, legalName: true, pnId: true, countryCode: true, ...transactReadinessSelect } },
      },
      // ACTIVE sorts before ENDED (the enum's order), then by name; history newest first.
      orderBy: [{ status: "asc" }, { reseller: { legalName: "asc" } }, { startedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * RESELLERS_PAGE_SIZE,
      take: RESELLERS_PAGE_SIZE,
    }),
  ]);
  const resellers = rows.map((row) => ({
    relationshipId: row.id,
    status: row.status,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    resellerId: row.reseller.id,
    name: row.reseller.legalName,
    pnId: row.reseller.pnId,
    countryCode: row.reseller.countryCode,
    region: regionOf(row.reseller.countryCode),
    // R5 matters for active relationships only; an ended one transacts nothing.
    readiness: readinessOf(row.reseller),
  }));
  return { provider, resellers, total, page, pageCount: Math.max(1, Math.ceil(total / RESELLERS_PAGE_SIZE)) };
}
