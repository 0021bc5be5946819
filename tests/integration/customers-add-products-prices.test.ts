// Add products prices the order from the catalog (issue 11): each subscription keeps the catalog's
// unit price per month in integer cents with its currency, the result carries the order's total,
// and the form has no way to set a price — a posted price field is refused and orders nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addProducts } from "@/lib/customers/add-products";
import { CATALOG_CURRENCY, priceOrder, productBySku, quantityField } from "@/lib/customers/products";
import { customerOf, refusalOf, signedInPartner } from "@/tests/helpers/customers-fixtures";
import { testDb } from "@/tests/helpers/db";

const form = (customerId: string, lines: Record<string, string>, extra: Record<string, string> = {}) => ({
  customerId,
  idempotencyKey: randomUUID(),
  ...Object.fromEntries(Object.entries(lines).map(([sku, quantity]) => [quantityField(sku), quantity])),
  ...extra,
});

async function directCustomer() {
  const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
  const { tenant } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
  return { partner, customer: tenant };
}

const priceOf = (sku: string) => productBySku(sku)!.monthlyPriceCents;

describe("Add products: prices from the catalog (P-customers-manage, R10)", () => {
  it("stores each line's catalog unit price in cents with the currency, and answers the order's total", async () => {
    const { partner, customer } = await directCustomer();
    const result = await addProducts(
      partner.actor,
      form(customer.id, { "CLOUD-BUSINESS-PREM": "3", "CLOUD-BACKUP-1TB": "2" }),
    );
    const rows = await testDb().subscription.findMany({
      where: { customerTenantId: customer.id },
      select: { productSku: true, quantity: true, unitPriceCents: true, currency: true },
      orderBy: { productSku: "asc" },
    });
    expect(rows).toEqual([
      { productSku: "CLOUD-BACKUP-1TB", quantity: 2, unitPriceCents: priceOf("CLOUD-BACKUP-1TB"), currency: "USD" },
      {
        productSku: "CLOUD-BUSINESS-PREM",
        quantity: 3,
        unitPriceCents: priceOf("CLOUD-BUSINESS-PREM"),
        currency: "USD",
      },
    ]);
    expect(result.currency).toBe(CATALOG_CURRENCY);
    expect(result.totalCents).toBe(3 * priceOf("CLOUD-BUSINESS-PREM") + 2 * priceOf("CLOUD-BACKUP-1TB"));
    const audit = await testDb().auditEvent.findFirst({
      where: { tenantId: customer.id, action: "subscription.created", targetLabel: { contains: "Premium" } },
      select: { after: true },
    });
    expect(audit?.after).toMatchObject({ unitPriceCents: priceOf("CLOUD-BUSINESS-PREM"), currency: "USD" });
  });

  it("a price posted with the form is never used: the post is refused and nothing is ordered", async () => {
    const { partner, customer } = await directCustomer();
    const posted: Record<string, string>[] = [{ unitPriceCents: "1" }, { "price_CLOUD-DEFENDER": "0" }];
    for (const extra of posted) {
      const refusal = await refusalOf(addProducts(partner.actor, form(customer.id, { "CLOUD-DEFENDER": "10" }, extra)));
      expect(refusal.code).toBe("VALIDATION");
    }
    expect(await testDb().subscription.count({ where: { customerTenantId: customer.id } })).toBe(0);
    // The same order without the field is priced from the catalog.
    const placed = await addProducts(partner.actor, form(customer.id, { "CLOUD-DEFENDER": "10" }));
    expect(placed.totalCents).toBe(10 * priceOf("CLOUD-DEFENDER"));
  });

  it("priceOrder: integer cents per line and in total; an SKU outside the catalog is an error", () => {
    const order = priceOrder([
      { sku: "CLOUD-BUSINESS-STD", quantity: 100_000 },
      { sku: "CLOUD-DEFENDER", quantity: 1 },
    ]);
    expect(order.lines.map((line) => line.lineTotalCents)).toEqual([
      100_000 * priceOf("CLOUD-BUSINESS-STD"),
      priceOf("CLOUD-DEFENDER"),
    ]);
    expect(Number.isInteger(order.totalCents)).toBe(true);
    expect(order.totalCents).toBe(order.lines[0].lineTotalCents + order.lines[1].lineTotalCents);
    expect(() => priceOrder([{ sku: "NOPE", quantity: 1 }])).toThrow(/NOPE/);
  });
});
