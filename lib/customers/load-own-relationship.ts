import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/client";
import { notFound, ruleViolation } from "@/lib/errors";
import { isUuid } from "@/lib/text";

/**
 * R7: the actor's partner's own ACTIVE reseller relationship with a customer tenant, with the
 * customer. Without one — no relationship, an ended one, another partner's customer (also the
 * customers of a linked provider or reseller), a partner tenant, a malformed id — the answer is
 * "not found", exactly like a customer that doesn't exist. One statement.
 */
export async function loadOwnRelationship(client: DbClient, actor: UserActor, unverifiedCustomerId: string) {
  if (!actor.partnerId || !isUuid(unverifiedCustomerId)) throw notFound("customer");
  const relationship = await client.customerRelationship.findFirst({
    where: {
      partnerId: actor.partnerId,
      customerTenantId: unverifiedCustomerId,
      status: "ACTIVE",
      customer: { kind: "CUSTOMER" },
    },
    select: {
      id: true,
      channel: true,
      startedAt: true,
      linkedPartnerId: true,
      customer: { select: { id: true, name: true, primaryDomain: true, countryCode: true, createdAt: true } },
    },
  });
  if (!relationship) throw notFound("customer");
  return relationship;
}

export type OwnRelationship = Awaited<ReturnType<typeof loadOwnRelationship>>;

/**
 * R10: direct-bill purchasing (Add products, View products) only for a customer acquired as a
 * direct-bill partner; an indirect reseller customer is ordered for by the provider.
 */
export function assertDirectBill(relationship: OwnRelationship): void {
  if (relationship.channel !== "DIRECT_BILL") throw r10Refusal(relationship.customer.name);
}

export const r10Refusal = (customer: string) => ruleViolation("R10", "customers.rules.R10", { customer });
