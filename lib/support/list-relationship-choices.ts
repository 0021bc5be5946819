import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";

/**
 * The choices for "End a provider–reseller relationship" on Create a request (P-support-request):
 * the organization's ACTIVE provider–reseller relationships, as provider or as reseller, each with
 * the other partner's name and PN ID and the organization's side.
 */
export async function listRelationshipChoices(actor: UserActor) {
  assertPermission(actor, "support-request");
  const partnerId = actor.partnerId!;
  const rows = await db().providerResellerRelationship.findMany({
    where: {
      status: "ACTIVE",
      OR: [
        { providerId: partnerId, provider: { tenantId: actor.tenantId } },
        { resellerId: partnerId, reseller: { tenantId: actor.tenantId } },
      ],
    },
    select: {
      id: true,
      startedAt: true,
      providerId: true,
      provider: { select: { legalName: true, pnId: true } },
      reseller: { select: { legalName: true, pnId: true } },
    },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((row) => {
    const weAreProvider = row.providerId === partnerId;
    const other = weAreProvider ? row.reseller : row.provider;
    return {
      id: row.id,
      since: row.startedAt,
      side: weAreProvider ? ("PROVIDER" as const) : ("RESELLER" as const),
      otherName: other.legalName,
      otherPnId: other.pnId,
    };
  });
}
