import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/**
 * For a customer tenant's own users: the partners with an active reseller relationship with it
 * (R11: there may be several), for the customer's Overview. Tenant-scoped by the session; any
 * other tenant (a partner's, whatever its roles) gets "not found".
 */
export async function listCustomerPartners(actor: UserActor) {
  const tenant = await db().tenant.findFirst({
    where: { id: actor.tenantId, kind: "CUSTOMER" },
    select: {
      customerRelationships: {
        where: { status: "ACTIVE" },
        select: { id: true, startedAt: true, partner: { select: { legalName: true, pnId: true } } },
        orderBy: { startedAt: "asc" },
        take: 50,
      },
    },
  });
  if (!tenant) throw notFound("The organization");
  return tenant.customerRelationships.map((relationship) => ({
    id: relationship.id,
    partnerName: relationship.partner.legalName,
    pnId: relationship.partner.pnId,
    startedAt: relationship.startedAt,
  }));
}
