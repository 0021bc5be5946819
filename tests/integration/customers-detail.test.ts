// A customer's details and its products: R7 (only with the partner's own ACTIVE relationship,
// also between a linked provider and reseller), R10 (Add products / View products only for a
// direct-bill relationship, refused for an indirect one), R11 (a customer of several partners
// shows each only what it may see), and the subscription.created audit events.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addProducts } from "@/lib/customers/add-products";
import { getCustomerDetail } from "@/lib/customers/get-customer-detail";
import { listSubscriptions } from "@/lib/customers/list-subscriptions";
import { quantityField } from "@/lib/customers/products";
import { testDb } from "../helpers/db";
import { createCustomerRelationship, createProviderResellerRelationship, unique } from "../helpers/factories";
import {
  customerOf,
  customersSnapshot,
  jointCustomer,
  refusalOf,
  signedInPartner,
  type PartnerFixture,
} from "../helpers/customers-fixtures";

const order = (customerId: string, lines: Record<string, string>) => ({
  customerId,
  idempotencyKey: randomUUID(),
  ...Object.fromEntries(Object.entries(lines).map(([sku, quantity]) => [quantityField(sku), quantity])),
});

describe("Customer details (R7, R11)", () => {
  let reseller: PartnerFixture;
  let provider: PartnerFixture;
  let direct: PartnerFixture;
  let joint: Awaited<ReturnType<typeof jointCustomer>>;
  let resellerOnly: Awaited<ReturnType<typeof customerOf>>;
  let providerOnly: Awaited<ReturnType<typeof customerOf>>;

  beforeAll(async () => {
    reseller = await signedInPartner({ programs: ["INDIRECT_RESELLER"] });
    provider = await signedInPartner({ programs: ["INDIRECT_PROVIDER"] });
    direct = await signedInPartner({ programs: ["DIRECT_BILL"] });
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: reseller.partner.id });
    joint = await jointCustomer(reseller.partner.id, provider.partner.id, { name: `Joint ${unique()}` });
    // R11: the joint customer also buys from an unrelated direct-bill partner.
    await createCustomerRelationship({
      partnerId: direct.partner.id,
      customerTenantId: joint.tenant.id,
      channel: "DIRECT_BILL",
    });
    resellerOnly = await customerOf(reseller.partner.id, { channel: "INDIRECT", linkedPartnerId: null });
    providerOnly = await customerOf(provider.partner.id, { channel: "INDIRECT", linkedPartnerId: reseller.partner.id });
  });

  it("R7: each partner opens the customer with its own relationship and sees its own side of it", async () => {
    const asReseller = await getCustomerDetail(reseller.actor, joint.tenant.id);
    expect(asReseller.relationship).toMatchObject({
      id: joint.resellerRow.id,
      channel: "INDIRECT",
      linkedPartner: { id: provider.partner.id, role: "provider" },
    });
    expect(asReseller.subscriptionCount).toBeNull();
    const asProvider = await getCustomerDetail(provider.actor, joint.tenant.id);
    expect(asProvider.relationship).toMatchObject({
      id: joint.providerRow.id,
      linkedPartner: { id: reseller.partner.id, role: "reseller" },
    });
  });

  it("R11: a customer of several partners shows each partner only its own pair, never the others", async () => {
    const asReseller = await getCustomerDetail(reseller.actor, joint.tenant.id);
    expect(asReseller.otherPartners.map((partner) => [partner.id, partner.role])).toEqual([
      [provider.partner.id, "provider"],
    ]);
    const asProvider = await getCustomerDetail(provider.actor, joint.tenant.id);
    expect(asProvider.otherPartners.map((partner) => [partner.id, partner.role])).toEqual([
      [reseller.partner.id, "reseller"],
    ]);
    const asDirect = await getCustomerDetail(direct.actor, joint.tenant.id);
    expect(asDirect.otherPartners).toEqual([]);
    expect(asDirect.relationship).toMatchObject({ channel: "DIRECT_BILL", linkedPartner: null });
    expect(asDirect.subscriptionCount).toBe(0);
    for (const detail of [asReseller, asProvider])
      expect(JSON.stringify(detail)).not.toContain(direct.partner.legalName);
  });

  it("R7: a provider can't open its reseller's other customers, nor a reseller its provider's — NOT_FOUND", async () => {
    expect((await refusalOf(getCustomerDetail(provider.actor, resellerOnly.tenant.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(getCustomerDetail(reseller.actor, providerOnly.tenant.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(getCustomerDetail(direct.actor, resellerOnly.tenant.id))).code).toBe("NOT_FOUND");
  });

  it("R7: an ended relationship, a partner tenant, a missing or malformed id — all NOT_FOUND", async () => {
    const ended = await customerOf(direct.partner.id, { status: "ENDED" });
    for (const id of [
      ended.tenant.id,
      reseller.tenant.id,
      "00000000-0000-4000-8000-000000000000",
      "not-a-uuid",
      "' OR 1=1 --",
    ]) {
      const error = await refusalOf(getCustomerDetail(direct.actor, id));
      expect(error.code, id).toBe("NOT_FOUND");
    }
  });
});

describe("Products (R10, R7)", () => {
  it("R10: Add products buys for a DIRECT_BILL customer — subscriptions, audit in both tenants — and View products lists them", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const { tenant } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const result = await addProducts(
      partner.actor,
      order(tenant.id, { "CLOUD-BUSINESS-STD": "25", "CLOUD-BACKUP-1TB": " 2 ", "CLOUD-DEFENDER": "" }),
    );
    expect(result.subscriptions.map((row) => [row.productSku, row.quantity])).toEqual([
      ["CLOUD-BUSINESS-STD", 25],
      ["CLOUD-BACKUP-1TB", 2],
    ]);
    const rows = await testDb().subscription.findMany({ where: { customerTenantId: tenant.id } });
    expect(
      rows.every((row) => row.partnerId === partner.partner.id && row.orderedByUserId === partner.actor.userId),
    ).toBe(true);
    for (const tenantId of [partner.tenant.id, tenant.id]) {
      const events = await testDb().auditEvent.findMany({ where: { tenantId, action: "subscription.created" } });
      expect(events.map((event) => event.targetId).sort()).toEqual(rows.map((row) => row.id).sort());
    }
    const listed = await listSubscriptions(partner.actor, tenant.id);
    expect(listed.subscriptions.map((row) => [row.sku, row.quantity, row.orderedBy])).toEqual(
      expect.arrayContaining([
        ["CLOUD-BUSINESS-STD", 25, partner.actor.name],
        ["CLOUD-BACKUP-1TB", 2, partner.actor.name],
      ]),
    );
    expect((await getCustomerDetail(partner.actor, tenant.id)).subscriptionCount).toBe(2);
  });

  it("R10: Add products and View products are refused for an INDIRECT customer, naming R10 — nothing changes", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL", "INDIRECT_RESELLER"] });
    const provider = await signedInPartner({ programs: ["INDIRECT_PROVIDER"] });
    const { tenant } = await jointCustomer(partner.partner.id, provider.partner.id);
    const scope = { partnerIds: [partner.partner.id, provider.partner.id], tenantIds: [partner.tenant.id, tenant.id] };
    const before = await customersSnapshot(scope);
    const error = await refusalOf(addProducts(partner.actor, order(tenant.id, { "CLOUD-DEFENDER": "5" })));
    expect(error.details.rule).toBe("R10");
    expect(error.message).toBe(
      `R10: ${tenant.name} was acquired as an indirect reseller customer; direct-bill purchasing isn't available for it.`,
    );
    expect((await refusalOf(listSubscriptions(partner.actor, tenant.id))).details.rule).toBe("R10");
    // The provider of the pair is no direct-bill partner of it either.
    expect(
      (await refusalOf(addProducts(provider.actor, order(tenant.id, { "CLOUD-DEFENDER": "5" })))).details.rule,
    ).toBe("R10");
    expect(await customersSnapshot(scope)).toEqual(before);
  });

  it("R7: another partner's direct-bill customer is NOT_FOUND for Add products and View products — nothing changes", async () => {
    const owner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const other = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const { tenant } = await customerOf(owner.partner.id, { channel: "DIRECT_BILL" });
    const scope = {
      partnerIds: [owner.partner.id, other.partner.id],
      tenantIds: [owner.tenant.id, other.tenant.id, tenant.id],
    };
    const before = await customersSnapshot(scope);
    expect((await refusalOf(addProducts(other.actor, order(tenant.id, { "CLOUD-DEFENDER": "5" })))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusalOf(listSubscriptions(other.actor, tenant.id))).code).toBe("NOT_FOUND");
    expect(await customersSnapshot(scope)).toEqual(before);
  });

  it("quantities: 1–100,000, whole numbers, at least one product; unknown fields refused", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const { tenant } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const field = quantityField("CLOUD-DEFENDER");
    for (const quantity of ["0", "-1", "100001", "1.5", "1e3", "abc", "9999999"]) {
      const error = await refusalOf(addProducts(partner.actor, order(tenant.id, { "CLOUD-DEFENDER": quantity })));
      expect(error.details.fieldErrors, quantity).toEqual({ [field]: "customers.products.quantityInvalid" });
    }
    expect((await refusalOf(addProducts(partner.actor, order(tenant.id, {})))).details.fieldErrors).toEqual({
      form: "customers.products.noneChosen",
    });
    expect(
      (
        await refusalOf(
          addProducts(partner.actor, { ...order(tenant.id, { "CLOUD-DEFENDER": "1" }), productSku: "FREE" }),
        )
      ).code,
    ).toBe("VALIDATION");
    expect(
      (await refusalOf(addProducts(partner.actor, order("not-a-uuid", { "CLOUD-DEFENDER": "1" })))).details.fieldErrors,
    ).toEqual({ customerId: "customers.notFound" });
    expect(await testDb().subscription.count({ where: { customerTenantId: tenant.id } })).toBe(0);
    await addProducts(partner.actor, order(tenant.id, { "CLOUD-DEFENDER": "100000", "CLOUD-BUSINESS-PREM": "1" }));
    expect(await testDb().subscription.count({ where: { customerTenantId: tenant.id } })).toBe(2);
  });
});
