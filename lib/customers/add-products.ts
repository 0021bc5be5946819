import "server-only";
import { randomUUID } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { reloadActor } from "@/lib/authz/reload-actor";
import { db, type Tx } from "@/lib/db/client";
import { DomainError, fieldErrorsFrom, validationError } from "@/lib/errors";
import { addProductsSchema, orderLines } from "./customer-input";
import { assertDirectBill, loadOwnRelationship } from "./load-own-relationship";
import { PRODUCTS, priceOrder, productName } from "./products";

type OrderLine = { sku: string; quantity: number };
type OrderedSubscription = { id: string; productSku: string; quantity: number; unitPriceCents: number | null };
const orderedSelect = { id: true, productSku: true, quantity: true, unitPriceCents: true } as const;

/**
 * "Add products" (P-customers-manage): buys catalog products for a customer — one subscription
 * per product line, quantity 1–100,000, at the catalog's unit price (`priceOrder`: prices are never
 * read from the form), stored in cents with its currency — and records `subscription.created`
 * (with the price) in the partner's and the customer's audit log, in one transaction. R7: only with the partner's own ACTIVE
 * relationship with the customer ("not found" otherwise); R10: only when that relationship was
 * acquired as a direct-bill partner (an indirect reseller customer is refused, naming R10).
 * Idempotent: the submission is recorded under the form's idempotency key, unique per partner
 * (`product_orders`); a concurrent or later submission with the same key creates nothing and
 * answers the first result (`replayed: true`) — or CONFLICT when it asks for another order.
 */
export async function addProducts(requestActor: UserActor, unverifiedInput: Record<string, unknown>) {
  assertPermission(requestActor, "customers-manage");
  const parsed = addProductsSchema.safeParse(unverifiedInput);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    if (errors.customerId) throw validationError({ customerId: "customers.notFound" });
    throw validationError(errors);
  }
  const order = priceOrder(orderLines(parsed.data));
  const lines = order.lines;
  const idempotencyKey = parsed.data.idempotencyKey!; // the schema refused anything but a UUID
  const outcome = await db().$transaction(async (tx) => {
    // Roles as they are now (a demoted agent loses the permission at once), then R7 and R10.
    const actor = await reloadActor(tx, requestActor);
    assertPermission(actor, "customers-manage");
    const relationship = await loadOwnRelationship(tx, actor, parsed.data.customerId);
    assertDirectBill(relationship);
    const { customer } = relationship;
    const partnerId = actor.partnerId!;
    // INSERT … ON CONFLICT DO NOTHING: a concurrent submission with the same key waits here for
    // the first one's commit (or rollback) and then finds its order.
    const orderId = randomUUID();
    const { count } = await tx.productOrder.createMany({
      data: [{ id: orderId, partnerId, customerTenantId: customer.id, idempotencyKey, orderedByUserId: actor.userId }],
      skipDuplicates: true,
    });
    if (count === 0)
      return { subscriptions: await firstResult(tx, partnerId, idempotencyKey, customer.id, lines), replayed: true };
    const subscriptions: OrderedSubscription[] = [];
    for (const line of lines) {
      const subscription = await tx.subscription.create({
        data: {
          partnerId,
          customerTenantId: customer.id,
          productSku: line.sku,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          currency: order.currency,
          orderedByUserId: actor.userId,
          orderId,
        },
        select: orderedSelect,
      });
      for (const tenantId of [actor.tenantId, customer.id]) {
        await recordAuditEvent(tx, {
          actor,
          tenantId,
          action: "subscription.created",
          target: {
            type: "subscription",
            id: subscription.id,
            label: `${productName(line.sku, "en")} × ${line.quantity} — ${customer.name}`,
          },
          after: {
            customer: customer.primaryDomain,
            productSku: line.sku,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            currency: order.currency,
          },
        });
      }
      subscriptions.push(subscription);
    }
    return { subscriptions, replayed: false };
  });
  return { customerId: parsed.data.customerId, totalCents: order.totalCents, currency: order.currency, ...outcome };
}

/**
 * The subscriptions of the partner's order recorded under `idempotencyKey`, in catalog order — when
 * it is the same order (customer and lines); another order under a used key is refused.
 */
async function firstResult(
  tx: Tx,
  partnerId: string,
  idempotencyKey: string,
  customerId: string,
  lines: OrderLine[],
): Promise<OrderedSubscription[]> {
  const order = await tx.productOrder.findUniqueOrThrow({
    where: { partnerId_idempotencyKey: { partnerId, idempotencyKey } },
    select: {
      customerTenantId: true,
      subscriptions: { select: orderedSelect },
    },
  });
  const rank = (sku: string) => PRODUCTS.findIndex((product) => product.sku === sku);
  const subscriptions = order.subscriptions.sort((a, b) => rank(a.productSku) - rank(b.productSku));
  const same =
    order.customerTenantId === customerId &&
    subscriptions.length === lines.length &&
    subscriptions.every((row, i) => row.productSku === lines[i].sku && row.quantity === lines[i].quantity);
  if (!same) throw new DomainError("CONFLICT", "customers.products.alreadySubmitted");
  return subscriptions;
}
