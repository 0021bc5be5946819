import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { regionOf } from "@/lib/regions";
import { pageNumber, searchText } from "@/lib/text";
import { assertActiveReseller, PROVIDERS_PAGE_SIZE } from "./reseller-access";

/**
 * Indirect providers (reseller side, P-customers-view, active INDIRECT_RESELLER program — R14):
 * the signed-in reseller's provider–reseller relationships, active ones first, each with the
 * provider's legal name, PN ID, region, since, primary contact and customer-support details.
 * Ended relationships stay listed as history with the date and reason (R15). Searched by the
 * provider's name or PN ID, one page and the total, plus the reseller's own R5 readiness (which
 * decides whether "Invite new customers" can be offered). Anyone else: NOT_FOUND.
 */
export async function listIndirectProviders(actor: UserActor, options: { search?: unknown; page?: unknown } = {}) {
  const resellerId = await assertActiveReseller(actor);
  const search = escapeLike(searchText(options.search));
  const page = pageNumber(options.page);
  const where: Prisma.ProviderResellerRelationshipWhereInput = {
    resellerId,
    reseller: { tenantId: actor.tenantId },
    ...(search
      ? {
          provider: {
            OR: [
              { legalName: { contains: search, mode: "insensitive" } },
              { pnId: { contains: search, mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
  const [total, rows, readiness] = await Promise.all([
    db().providerResellerRelationship.count({ where }),
    db().providerResellerRelationship.findMany({
      where,
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        endReason: true,
        provider: {
          select: {
            id: true,
            legalName: true,
            pnId: true,
            countryCode: true,
            contactName: true,
            contactEmail: true,
            contactPhone: true,
            supportEmail: true,
            supportPhone: true,
            supportWebsite: true,
          },
        },
      },
      // ACTIVE sorts before ENDED (the enum's order), then by name; history newest first.
      orderBy: [{ status: "asc" }, { provider: { legalName: "asc" } }, { startedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PROVIDERS_PAGE_SIZE,
      take: PROVIDERS_PAGE_SIZE,
    }),
    getTransactReadiness(resellerId),
  ]);
  const providers = rows.map(({ provider, ...relationship }) => ({
    relationshipId: relationship.id,
    status: relationship.status,
    since: relationship.startedAt,
    endedAt: relationship.endedAt,
    endReason: relationship.endReason,
    providerId: provider.id,
    legalName: provider.legalName,
    pnId: provider.pnId,
    countryCode: provider.countryCode,
    region: regionOf(provider.countryCode),
    contact: { name: provider.contactName, email: provider.contactEmail, phone: provider.contactPhone },
    support: { email: provider.supportEmail, phone: provider.supportPhone, website: provider.supportWebsite },
  }));
  return { providers, total, page, pageCount: Math.max(1, Math.ceil(total / PROVIDERS_PAGE_SIZE)), readiness };
}

export type IndirectProviderRow = Awaited<ReturnType<typeof listIndirectProviders>>["providers"][number];
