import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { reloadActor } from "@/lib/authz/reload-actor";
import { db } from "@/lib/db/client";
import { fieldErrorsFrom, validationError } from "@/lib/errors";
import { addProductsSchema, orderLines } from "./customer-input";
import { assertDirectBill, loadOwnRelationship } from "./load-own-relationship";
import { productName } from "./products";

/**
 * "Add products" (P-customers-manage): buys catalog products for a customer — one subscription
 * per product line, quantity 1–100,000 — and records `subscription.created` in the partner's and
 * the customer's audit log, in one transaction. R7: only with the partner's own ACTIVE
 * relationship with the customer ("not found" otherwise); R10: only when that relationship was
 * acquired as a direct-bill partner (an indirect reseller customer is refused, naming R10).
 */
export async function addProducts(requestActor: UserActor, unverifiedInput: Record<string, unknown>) {
  assertPermission(requestActor, "customers-manage");
  const parsed = addProductsSchema.safeParse(unverifiedInput);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error);
    if (errors.customerId) throw validationError({ customerId: "customers.notFound" });
    throw validationError(errors);
  }
  const lines = orderLines(parsed.data);
  const created = await db().$transaction(async (tx) => {
    // Roles as they are now (a demoted agent loses the permission at once), then R7 and R10.
    const actor = await reloadActor(tx, requestActor);
    assertPermission(actor, "customers-manage");
    const relationship = await loadOwnRelationship(tx, actor, parsed.data.customerId);
    assertDirectBill(relationship);
    const { customer } = relationship;
    const subscriptions = [];
    for (const line of lines) {
      const subscription = await tx.subscription.create({
        data: {
          partnerId: actor.partnerId!,
          customerTenantId: customer.id,
          productSku: line.sku,
          quantity: line.quantity,
          orderedByUserId: actor.userId,
        },
        select: { id: true, productSku: true, quantity: true },
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
          after: { customer: customer.primaryDomain, productSku: line.sku, quantity: line.quantity },
        });
      }
      subscriptions.push(subscription);
    }
    return subscriptions;
  });
  return { customerId: parsed.data.customerId, subscriptions: created };
}
