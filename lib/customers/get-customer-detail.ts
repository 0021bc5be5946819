import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";

const roleOf = (partner: { providerOf: unknown[]; resellerOf: unknown[] }) =>
  partner.providerOf.length ? ("provider" as const) : partner.resellerOf.length ? ("reseller" as const) : null;

/**
 * A customer's details (P-customers-view), for a partner with its own ACTIVE relationship with it
 * (R7): anything else — another partner's customer, also one of a linked provider or reseller —
 * is "not found". Shows the relationship (channel, linked partner, since), the subscription count
 * of a direct-bill one (R10) and the other partners visible to this partner (R11: only the other
 * partner of its own joint relationship, never the customer's unrelated partners). One statement.
 */
export async function getCustomerDetail(actor: UserActor, unverifiedCustomerId: string) {
  assertPermission(actor, "customers-view");
  const partnerId = actor.partnerId!;
  if (!isUuid(unverifiedCustomerId)) throw notFound("customer");
  // The other side of a pair: is that partner my provider (it provides to me) or my reseller?
  const pairWithMe = {
    providerOf: { where: { resellerId: partnerId }, select: { id: true }, take: 1 },
    resellerOf: { where: { providerId: partnerId }, select: { id: true }, take: 1 },
  } as const;
  const relationship = await db().customerRelationship.findFirst({
    where: { partnerId, customerTenantId: unverifiedCustomerId, status: "ACTIVE", customer: { kind: "CUSTOMER" } },
    select: {
      id: true,
      channel: true,
      startedAt: true,
      linkedPartner: { select: { id: true, legalName: true, ...pairWithMe } },
      customer: {
        select: {
          id: true,
          name: true,
          primaryDomain: true,
          countryCode: true,
          _count: { select: { subscriptions: { where: { partnerId } } } },
          customerRelationships: {
            where: { status: "ACTIVE", linkedPartnerId: partnerId, partnerId: { not: partnerId } },
            select: {
              channel: true,
              startedAt: true,
              partner: { select: { id: true, legalName: true, ...pairWithMe } },
            },
            orderBy: { partner: { legalName: "asc" } },
          },
        },
      },
    },
  });
  if (!relationship) throw notFound("customer");
  const { customer, linkedPartner } = relationship;
  return {
    id: customer.id,
    name: customer.name,
    domain: customer.primaryDomain,
    countryCode: customer.countryCode,
    relationship: {
      id: relationship.id,
      channel: relationship.channel,
      since: relationship.startedAt,
      linkedPartner: linkedPartner
        ? { id: linkedPartner.id, name: linkedPartner.legalName, role: roleOf(linkedPartner) }
        : null,
    },
    /** R10: the count for a direct-bill relationship; null for an indirect one (no direct-bill purchasing). */
    subscriptionCount: relationship.channel === "DIRECT_BILL" ? customer._count.subscriptions : null,
    otherPartners: customer.customerRelationships.map((other) => ({
      id: other.partner.id,
      name: other.partner.legalName,
      role: roleOf(other.partner),
      channel: other.channel,
      since: other.startedAt,
    })),
  };
}

export type CustomerDetail = Awaited<ReturnType<typeof getCustomerDetail>>;
