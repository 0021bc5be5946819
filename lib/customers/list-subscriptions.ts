import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { assertDirectBill, loadOwnRelationship } from "./load-own-relationship";

/** The most recent subscriptions a page shows. */
export const SUBSCRIPTIONS_SHOWN = 200;

/**
 * "View products" (P-customers-view): the subscriptions this partner bought for a customer, newest
 * first. Only with the partner's own ACTIVE relationship with the customer (R7, else "not
 * found") and only when it was acquired as a direct-bill customer (R10, else refused naming R10).
 * Other partners' subscriptions for the same customer are never listed.
 */
export async function listSubscriptions(actor: UserActor, unverifiedCustomerId: string) {
  assertPermission(actor, "customers-view");
  const relationship = await loadOwnRelationship(db(), actor, unverifiedCustomerId);
  assertDirectBill(relationship);
  const subscriptions = await db().subscription.findMany({
    where: { partnerId: actor.partnerId!, customerTenantId: relationship.customer.id },
    select: {
      id: true,
      productSku: true,
      quantity: true,
      unitPriceCents: true,
      currency: true,
      createdAt: true,
      orderedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SUBSCRIPTIONS_SHOWN,
  });
  return {
    customer: {
      id: relationship.customer.id,
      name: relationship.customer.name,
      domain: relationship.customer.primaryDomain,
    },
    subscriptions: subscriptions.map((row) => ({
      id: row.id,
      sku: row.productSku,
      quantity: row.quantity,
      unitPriceCents: row.unitPriceCents,
      currency: row.currency,
      createdAt: row.createdAt,
      orderedBy: row.orderedBy?.name ?? null,
    })),
  };
}
