// Add products is idempotent (issue 16): the form carries a random key, recorded per partner under
// a unique constraint (product_orders). Two concurrent posts with the same key place one order; a
// later replay answers the first result; another order under a used key is refused; another
// partner's key is its own; a refused post leaves its key unused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addProducts } from "@/lib/customers/add-products";
import { quantityField } from "@/lib/customers/products";
import {
  customerOf,
  customersSnapshot,
  jointCustomer,
  refusalOf,
  signedInPartner,
} from "@/tests/helpers/customers-fixtures";
import { testDb } from "@/tests/helpers/db";

const order = (customerId: string, idempotencyKey: string | undefined, lines: Record<string, string>) => ({
  customerId,
  ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  ...Object.fromEntries(Object.entries(lines).map(([sku, quantity]) => [quantityField(sku), quantity])),
});

const LINES = { "CLOUD-BUSINESS-STD": "25", "CLOUD-DEFENDER": "3" };

const subscriptionsOf = (customerTenantId: string) =>
  testDb().subscription.findMany({ where: { customerTenantId }, select: { id: true, orderId: true } });
const createdEvents = (customerTenantId: string) =>
  testDb().auditEvent.count({ where: { tenantId: customerTenantId, action: "subscription.created" } });

async function directCustomer() {
  const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
  const { tenant } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
  return { partner, customer: tenant };
}

describe("Add products: the form's idempotency key", () => {
  it("two concurrent posts with the same key create one set of subscriptions; both answer it", async () => {
    const { partner, customer } = await directCustomer();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 2 }, () => addProducts(partner.actor, order(customer.id, key, LINES))),
    );
    const rows = await subscriptionsOf(customer.id);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.orderId)).size).toBe(1);
    expect(results.map((result) => result.replayed).sort()).toEqual([false, true]);
    for (const result of results) {
      expect(result.customerId).toBe(customer.id);
      expect(result.subscriptions.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
    }
    expect(results[0].subscriptions).toEqual(results[1].subscriptions);
    expect(await createdEvents(customer.id)).toBe(2); // one per subscription, not per post
    expect(await testDb().productOrder.count({ where: { partnerId: partner.partner.id } })).toBe(1);
  });

  it("a later replay answers the first outcome and changes nothing", async () => {
    const { partner, customer } = await directCustomer();
    const key = randomUUID();
    const first = await addProducts(partner.actor, order(customer.id, key, LINES));
    const scope = { partnerIds: [partner.partner.id], tenantIds: [partner.tenant.id, customer.id] };
    const before = await customersSnapshot(scope);
    const replay = await addProducts(partner.actor, order(customer.id, key.toUpperCase(), LINES));
    expect(replay).toEqual({ ...first, replayed: true });
    expect(await customersSnapshot(scope)).toEqual(before);
  });

  it("different keys place two orders", async () => {
    const { partner, customer } = await directCustomer();
    await Promise.all([
      addProducts(partner.actor, order(customer.id, randomUUID(), LINES)),
      addProducts(partner.actor, order(customer.id, randomUUID(), LINES)),
    ]);
    const rows = await subscriptionsOf(customer.id);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((row) => row.orderId)).size).toBe(2);
    expect(await createdEvents(customer.id)).toBe(4);
  });

  it("another order under a used key (other quantities, another customer) is refused; nothing changes", async () => {
    const { partner, customer } = await directCustomer();
    const { tenant: second } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const key = randomUUID();
    await addProducts(partner.actor, order(customer.id, key, LINES));
    const scope = { partnerIds: [partner.partner.id], tenantIds: [partner.tenant.id, customer.id, second.id] };
    const before = await customersSnapshot(scope);
    for (const input of [
      order(customer.id, key, { "CLOUD-BUSINESS-STD": "26", "CLOUD-DEFENDER": "3" }),
      order(customer.id, key, { "CLOUD-BUSINESS-STD": "25" }),
      order(second.id, key, LINES),
    ]) {
      expect(await refusalOf(addProducts(partner.actor, input))).toMatchObject({
        code: "CONFLICT",
        messageKey: "customers.products.alreadySubmitted",
      });
    }
    expect(await customersSnapshot(scope)).toEqual(before);
  });

  it("the key is scoped to the partner: another partner's order with the same key is its own", async () => {
    const a = await directCustomer();
    const b = await directCustomer();
    const key = randomUUID();
    const first = await addProducts(a.partner.actor, order(a.customer.id, key, LINES));
    const second = await addProducts(b.partner.actor, order(b.customer.id, key, LINES));
    expect(second.replayed).toBe(false);
    expect(second.customerId).toBe(b.customer.id);
    expect(second.subscriptions.map((row) => row.id)).not.toEqual(first.subscriptions.map((row) => row.id));
    // Partner B replaying A's key for A's customer: not its customer, "not found" (R7); A's order stays A's.
    expect((await refusalOf(addProducts(b.partner.actor, order(a.customer.id, key, LINES)))).code).toBe("NOT_FOUND");
    expect(await subscriptionsOf(a.customer.id)).toHaveLength(2);
    expect(await subscriptionsOf(b.customer.id)).toHaveLength(2);
  });

  it("a missing or malformed key is refused with a form message; a refused post leaves its key unused", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL", "INDIRECT_RESELLER"] });
    const provider = await signedInPartner({ programs: ["INDIRECT_PROVIDER"] });
    const { tenant: customer } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const { tenant: indirect } = await jointCustomer(partner.partner.id, provider.partner.id);
    for (const key of [undefined, "", "not-a-uuid", `${randomUUID()}x`]) {
      const error = await refusalOf(addProducts(partner.actor, order(customer.id, key, LINES)));
      expect(error.details.fieldErrors, String(key)).toEqual({ form: "customers.products.reloadForm" });
    }
    expect(await subscriptionsOf(customer.id)).toEqual([]);
    // R10 refuses the post inside the transaction: the key stays free for the next order.
    const key = randomUUID();
    expect((await refusalOf(addProducts(partner.actor, order(indirect.id, key, LINES)))).details.rule).toBe("R10");
    const placed = await addProducts(partner.actor, order(customer.id, key, LINES));
    expect(placed.replayed).toBe(false);
    expect(await subscriptionsOf(customer.id)).toHaveLength(2);
  });
});
