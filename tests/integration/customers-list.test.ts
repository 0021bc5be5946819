// P-customers-view: the Customers page's list — search by name and by domain, channel and
// provider/reseller filters, each sort, paging with the capped count, only ACTIVE relationships,
// only the actor's own partner's customers (R7), the expanded view's data (R10, R11), and
// unknown URL values falling back to defaults.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CUSTOMER_FILTER, parseCustomerFilter, type CustomerFilter } from "@/lib/customers/customer-filter";
import { COUNT_WINDOW, listCustomers } from "@/lib/customers/list-customers";
import { sql, testDb } from "../helpers/db";
import { createCustomerRelationship, createProviderResellerRelationship, unique } from "../helpers/factories";
import { customerOf, jointCustomer, signedInPartner, type PartnerFixture } from "../helpers/customers-fixtures";

const days = (n: number) => new Date(Date.now() - n * 86_400_000);
const filter = (input: Partial<CustomerFilter> = {}): CustomerFilter => ({ ...DEFAULT_CUSTOMER_FILTER, ...input });
const names = (list: { customers: { name: string }[] }) => list.customers.map((customer) => customer.name);

describe("Customers list", () => {
  const tok = unique();
  let reseller: PartnerFixture;
  let providerOne: PartnerFixture;
  let providerTwo: PartnerFixture;
  let strangerProvider: PartnerFixture;
  let alpha: Awaited<ReturnType<typeof customerOf>>;
  let beta: Awaited<ReturnType<typeof jointCustomer>>;
  const alphaName = `Alpha ${tok} Bakery`;
  const betaName = `Beta ${tok} Dental`;
  const gammaName = `Gamma ${tok} Foods`;

  beforeAll(async () => {
    // A direct-bill partner that moved: direct-bill customers and indirect ones with two providers.
    reseller = await signedInPartner({ programs: ["DIRECT_BILL", "INDIRECT_RESELLER"] });
    providerOne = await signedInPartner({ programs: ["INDIRECT_PROVIDER"], name: `Provider One ${tok}` });
    providerTwo = await signedInPartner({ programs: ["INDIRECT_PROVIDER"], name: `Provider Two ${tok}` });
    strangerProvider = await signedInPartner({ programs: ["INDIRECT_PROVIDER"] });
    await createProviderResellerRelationship({ providerId: providerOne.partner.id, resellerId: reseller.partner.id });
    await createProviderResellerRelationship({ providerId: providerTwo.partner.id, resellerId: reseller.partner.id });

    alpha = await customerOf(reseller.partner.id, {
      name: alphaName,
      domain: `alpha-${tok}.example`,
      channel: "DIRECT_BILL",
      startedAt: days(1),
    });
    beta = await jointCustomer(reseller.partner.id, providerOne.partner.id, { name: betaName });
    await testDb().customerRelationship.update({ where: { id: beta.resellerRow.id }, data: { startedAt: days(10) } });
    await customerOf(reseller.partner.id, {
      name: gammaName,
      channel: "INDIRECT",
      linkedPartnerId: providerTwo.partner.id,
      startedAt: days(5),
    });
    // An ended relationship and another partner's customer never show.
    await customerOf(reseller.partner.id, { name: `Delta ${tok} Ended`, status: "ENDED" });
    await customerOf(strangerProvider.partner.id, { name: `Epsilon ${tok} Elsewhere` });
    // R11: Beta also works with an unrelated direct-bill partner, which the reseller must not see.
    const unrelated = await signedInPartner({ programs: ["DIRECT_BILL"], name: `Unrelated ${tok}` });
    await createCustomerRelationship({
      partnerId: unrelated.partner.id,
      customerTenantId: beta.tenant.id,
      channel: "DIRECT_BILL",
    });
    await testDb().subscription.create({
      data: {
        partnerId: reseller.partner.id,
        customerTenantId: alpha.tenant.id,
        productSku: "CLOUD-DEFENDER",
        quantity: 3,
      },
    });
  });

  it("P-customers-view lists only the actor's partner's customers with an ACTIVE relationship, sorted by name", async () => {
    const list = await listCustomers(reseller.actor, filter());
    expect(names(list)).toEqual([alphaName, betaName, gammaName]);
    expect(list).toMatchObject({ total: 3, capped: false, page: 1, pageCount: 1 });
  });

  it("R7: a provider linked to the reseller sees only its own customers, never the reseller's others (and the reverse)", async () => {
    expect(names(await listCustomers(providerOne.actor, filter()))).toEqual([betaName]);
    expect(names(await listCustomers(providerTwo.actor, filter()))).toEqual([]);
    expect(names(await listCustomers(strangerProvider.actor, filter()))).toEqual([`Epsilon ${tok} Elsewhere`]);
  });

  it("searches by name and by domain, case-insensitively and literally", async () => {
    expect(names(await listCustomers(reseller.actor, filter({ q: `BETA ${tok}` })))).toEqual([betaName]);
    expect(names(await listCustomers(reseller.actor, filter({ q: `alpha-${tok}.exa` })))).toEqual([alphaName]);
    expect(names(await listCustomers(reseller.actor, filter({ q: tok })))).toEqual([alphaName, betaName, gammaName]);
    // LIKE wildcards are text, not patterns.
    const wildcard = await listCustomers(reseller.actor, filter({ q: "%" }));
    expect(wildcard.total).toBe(0);
    expect((await listCustomers(reseller.actor, filter({ q: "_" }))).total).toBe(0);
  });

  it("filters by channel (R10's direct-bill vs indirect)", async () => {
    expect(names(await listCustomers(reseller.actor, filter({ channel: "direct-bill" })))).toEqual([alphaName]);
    expect(names(await listCustomers(reseller.actor, filter({ channel: "indirect" })))).toEqual([betaName, gammaName]);
  });

  it("filters a reseller's customers by provider and a provider's by reseller; someone else's partner id is ignored", async () => {
    const byProvider = await listCustomers(reseller.actor, filter({ unverifiedProviderId: providerTwo.partner.id }));
    expect(names(byProvider)).toEqual([gammaName]);
    expect(byProvider.providers.map((partner) => partner.id).sort()).toEqual(
      [providerOne.partner.id, providerTwo.partner.id].sort(),
    );
    expect(byProvider.resellers).toEqual([]);
    const byReseller = await listCustomers(providerOne.actor, filter({ unverifiedResellerId: reseller.partner.id }));
    expect(names(byReseller)).toEqual([betaName]);
    // A provider that isn't this reseller's falls back to "all providers".
    const foreign = await listCustomers(reseller.actor, filter({ unverifiedProviderId: strangerProvider.partner.id }));
    expect(names(foreign)).toEqual([alphaName, betaName, gammaName]);
    expect(foreign.filter.unverifiedProviderId).toBeNull();
    // A provider id in the reseller slot isn't a reseller of this partner either.
    expect(
      names(await listCustomers(reseller.actor, filter({ unverifiedResellerId: providerOne.partner.id }))),
    ).toEqual([alphaName, betaName, gammaName]);
  });

  it("sorts by name A–Z, Z–A, newest and oldest relationship", async () => {
    expect(names(await listCustomers(reseller.actor, filter({ sort: "name-desc" })))).toEqual([
      gammaName,
      betaName,
      alphaName,
    ]);
    expect(names(await listCustomers(reseller.actor, filter({ sort: "newest" })))).toEqual([
      alphaName,
      gammaName,
      betaName,
    ]);
    expect(names(await listCustomers(reseller.actor, filter({ sort: "oldest" })))).toEqual([
      betaName,
      gammaName,
      alphaName,
    ]);
  });

  it("R10/R11: each row carries its expanded view — country, relationship, subscriptions of a direct-bill one, partners visible to this partner", async () => {
    const { customers } = await listCustomers(reseller.actor, filter());
    const [rowAlpha, rowBeta, rowGamma] = customers;
    expect(rowAlpha).toMatchObject({
      id: alpha.tenant.id,
      domain: `alpha-${tok}.example`,
      countryCode: "DE",
      channel: "DIRECT_BILL",
      linkedPartner: null,
      subscriptionCount: 1,
      otherPartners: [],
    });
    expect(rowAlpha.since.getTime()).toBeCloseTo(days(1).getTime(), -5);
    // Indirect: no subscription count (no direct-bill purchasing); the provider of the pair is linked and visible.
    expect(rowBeta).toMatchObject({
      channel: "INDIRECT",
      subscriptionCount: null,
      linkedPartner: { id: providerOne.partner.id, role: "provider" },
    });
    expect(rowBeta.otherPartners.map((partner) => [partner.id, partner.role, partner.channel])).toEqual([
      [providerOne.partner.id, "provider", "INDIRECT"],
    ]);
    // R11: the unrelated direct-bill partner of Beta is never disclosed.
    expect(JSON.stringify(customers)).not.toContain(`Unrelated ${tok}`);
    // Gamma's provider has no row of its own: linked, but not listed as working with the customer.
    expect(rowGamma).toMatchObject({
      linkedPartner: { id: providerTwo.partner.id, role: "provider" },
      otherPartners: [],
    });
    // The provider's side names the reseller.
    const [providerRow] = (await listCustomers(providerOne.actor, filter())).customers;
    expect(providerRow).toMatchObject({
      linkedPartner: { id: reseller.partner.id, role: "reseller" },
      otherPartners: [{ id: reseller.partner.id, role: "reseller" }],
    });
  });
});

describe("Customers list paging", () => {
  it("25 per page with a page count; a page past the end is empty", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const tok = unique();
    for (let i = 0; i < 30; i++)
      await customerOf(partner.partner.id, { name: `Paged ${tok} ${String(i).padStart(2, "0")}` });
    const first = await listCustomers(partner.actor, filter());
    const second = await listCustomers(partner.actor, filter({ page: 2 }));
    expect(first).toMatchObject({ total: 30, capped: false, pageCount: 2 });
    expect(first.customers).toHaveLength(25);
    expect(names(second)).toEqual(["25", "26", "27", "28", "29"].map((n) => `Paged ${tok} ${n}`));
    expect(new Set([...names(first), ...names(second)]).size).toBe(30);
    const beyond = await listCustomers(partner.actor, filter({ page: 9 }));
    expect(beyond.customers).toEqual([]);
    expect(beyond.total).toBe(30);
  });

  it(`the count stops ${COUNT_WINDOW} rows past the page ("more than"), and is exact once the window reaches the end`, async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const tok = unique();
    const size = COUNT_WINDOW + 30;
    await sql().query(
      `WITH t AS (
         INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at)
         SELECT gen_random_uuid(), 'CUSTOMER', 'Bulk ${tok} ' || lpad(i::text, 5, '0'), 'bulk-' || i || '-${tok}.example', 'DE', now()
         FROM generate_series(1, ${size}) i RETURNING id)
       INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, status, updated_at)
       SELECT gen_random_uuid(), $1::uuid, t.id, 'DIRECT_BILL', 'ACTIVE', now() FROM t`,
      [partner.partner.id],
    );
    const first = await listCustomers(partner.actor, filter());
    expect(first).toMatchObject({ total: COUNT_WINDOW, capped: true, pageCount: COUNT_WINDOW / 25 });
    // Page 2 looks 1,000 rows past its own start: still more (1,025+ of 1,030).
    const page2 = await listCustomers(partner.actor, filter({ page: 2 }));
    expect(page2).toMatchObject({ total: 25 + COUNT_WINDOW, capped: true });
    expect(names(page2)[0]).toBe(`Bulk ${tok} 00026`);
    const page3 = await listCustomers(partner.actor, filter({ page: 3 }));
    expect(page3).toMatchObject({ total: size, capped: false, pageCount: Math.ceil(size / 25) });
    const last = await listCustomers(partner.actor, filter({ page: Math.ceil(size / 25) }));
    expect(last.customers).toHaveLength(size % 25 || 25);
  });
});

describe("Customers list options from the URL", () => {
  it("unknown values fall back to the defaults", () => {
    expect(
      parseCustomerFilter({
        channel: "fax",
        sort: "price",
        page: "-3",
        provider: "not-a-uuid",
        reseller: "'; DROP TABLE",
      }),
    ).toEqual(DEFAULT_CUSTOMER_FILTER);
    expect(parseCustomerFilter({ q: ["Contoso", "x"], page: "2.7" })).toMatchObject({ q: "Contoso", page: 2 });
    expect(parseCustomerFilter({ page: "1e9" }).page).toBe(4000);
    expect(parseCustomerFilter({ page: "Infinity" }).page).toBe(1);
    expect(parseCustomerFilter({ q: "  x\u0000y  ", channel: "indirect", sort: "oldest" })).toMatchObject({
      q: "xy",
      channel: "indirect",
      sort: "oldest",
    });
    const id = "0b7c6d4e-1f2a-4b3c-8d9e-0a1b2c3d4e5f";
    expect(parseCustomerFilter({ provider: id.toUpperCase(), reseller: id })).toMatchObject({
      unverifiedProviderId: id,
      unverifiedResellerId: id,
    });
  });
});
