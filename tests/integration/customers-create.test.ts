// "Create a customer" (P-customer-request): R9 (who creates customer tenants and how), R5 for the
// named reseller, R1 for every partner that gets a relationship, R18 (the temporary password),
// unique domains and emails (also under concurrent submits), audit events in every affected tenant.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createCustomer } from "@/lib/customers/create-customer";
import { DEFAULT_CUSTOMER_FILTER } from "@/lib/customers/customer-filter";
import { listCustomers } from "@/lib/customers/list-customers";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import {
  createCustomer as createCustomerTenant,
  createProviderResellerRelationship,
  unique,
} from "../helpers/factories";
import { customersSnapshot, providerResellerPair, refusalOf, signedInPartner } from "../helpers/customers-fixtures";

function newCustomer(input: { countryCode?: string; resellerId?: string } = {}) {
  const tok = unique();
  const domain = `new-${tok}.example`;
  return {
    companyName: `New Customer ${tok}`,
    domain,
    countryCode: input.countryCode ?? "DE",
    adminName: "Greta Global",
    adminEmail: `admin@${domain}`,
    resellerId: input.resellerId ?? "",
  };
}

const scopeOf = (
  input: ReturnType<typeof newCustomer>,
  partners: { partner: { id: string }; tenant: { id: string } }[],
) => ({
  partnerIds: partners.map((p) => p.partner.id),
  tenantIds: partners.map((p) => p.tenant.id),
  domains: [input.domain],
  emails: [input.adminEmail],
});

describe("Create a customer (R9)", () => {
  it("R9: an indirect reseller is refused, also with a direct post of bad input — nothing changes", async () => {
    const reseller = await signedInPartner({ programs: ["INDIRECT_RESELLER"] });
    const input = newCustomer();
    const before = await customersSnapshot(scopeOf(input, [reseller]));
    const error = await refusalOf(createCustomer(reseller.actor, input, "en"));
    expect(error.details.rule).toBe("R9");
    expect(error.message).toMatch(/^R9: indirect resellers don't create customer tenants\./);
    expect((await refusalOf(createCustomer(reseller.actor, { companyName: "", bogus: "x" }, "en"))).details.rule).toBe(
      "R9",
    );
    expect(await customersSnapshot(scopeOf(input, [reseller]))).toEqual(before);
  });

  it("R9/R10: a direct-bill partner creates its customer with one DIRECT_BILL relationship; R18 temporary password", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const input = { ...newCustomer(), domain: "" };
    const tok = unique();
    Object.assign(input, { domain: `  Mixed-${tok}.Example. `, adminEmail: ` Admin@MIXED-${tok}.example ` });
    const result = await createCustomer(partner.actor, input, "de");
    const domain = `mixed-${tok}.example`;
    expect(result.customer.domain).toBe(domain);
    const tenant = await testDb().tenant.findUniqueOrThrow({ where: { primaryDomain: domain } });
    expect(tenant).toMatchObject({ kind: "CUSTOMER", name: input.companyName, countryCode: "DE" });
    const rows = await testDb().customerRelationship.findMany({ where: { customerTenantId: tenant.id } });
    expect(
      rows.map(({ partnerId, channel, linkedPartnerId, status }) => ({ partnerId, channel, linkedPartnerId, status })),
    ).toEqual([{ partnerId: partner.partner.id, channel: "DIRECT_BILL", linkedPartnerId: null, status: "ACTIVE" }]);
    // R18: random, shown once (returned here only), stored as an argon2id hash, must be changed first.
    expect(result.temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const admin = await testDb().user.findUniqueOrThrow({
      where: { email: `admin@mixed-${tok}.example` },
      omit: { passwordHash: false },
    });
    expect(admin).toMatchObject({
      tenantId: tenant.id,
      adminRole: "GLOBAL_ADMIN",
      agentRole: "NO_AGENT",
      mustChangePassword: true,
      preferredLocale: "de",
    });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin.passwordHash).not.toContain(result.temporaryPassword);
    expect(await verifyPassword(admin.passwordHash, result.temporaryPassword)).toBe(true);
    expect(admin.tempPasswordExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    const { actor } = await signInAs(admin.email, result.temporaryPassword);
    expect(actor.mustChangePassword).toBe(true);
    // The notice email carries the sign-in name, never the password.
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: admin.email } });
    expect(mail.template).toBe("user-added");
    expect(`${mail.subject}${mail.html}${mail.text}`).not.toContain(result.temporaryPassword);
    // Audit: customer.created and relationship.customer_established in the customer's and the partner's log.
    for (const tenantId of [tenant.id, partner.tenant.id]) {
      const actions = (
        await testDb().auditEvent.findMany({ where: { tenantId, targetId: { in: [tenant.id, rows[0].id] } } })
      )
        .map((event) => event.action)
        .sort();
      expect(actions).toEqual(["customer.created", "relationship.customer_established"]);
    }
  });

  it("R9: a direct-bill partner that moved (both programs) creates a DIRECT_BILL customer", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL", "INDIRECT_RESELLER"] });
    const result = await createCustomer(partner.actor, newCustomer(), "en");
    const rows = await testDb().customerRelationship.findMany({ where: { customerTenantId: result.customer.id } });
    expect(rows.map((row) => [row.partnerId, row.channel])).toEqual([[partner.partner.id, "DIRECT_BILL"]]);
  });

  it("R9: a provider creates the customer for its reseller — two linked INDIRECT rows, the customer in both lists", async () => {
    const { provider, reseller } = await providerResellerPair();
    const input = newCustomer({ resellerId: reseller.partner.id });
    const result = await createCustomer(provider.actor, input, "en");
    expect(result.reseller).toBe(reseller.partner.legalName);
    const rows = await testDb().customerRelationship.findMany({
      where: { customerTenantId: result.customer.id },
      orderBy: { partnerId: "asc" },
    });
    expect(
      rows
        .map(({ partnerId, channel, linkedPartnerId, status }) => ({ partnerId, channel, linkedPartnerId, status }))
        .sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
    ).toEqual(
      [
        { partnerId: provider.partner.id, channel: "INDIRECT", linkedPartnerId: reseller.partner.id, status: "ACTIVE" },
        { partnerId: reseller.partner.id, channel: "INDIRECT", linkedPartnerId: provider.partner.id, status: "ACTIVE" },
      ].sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
    );
    for (const side of [provider, reseller]) {
      const list = await listCustomers(side.actor, { ...DEFAULT_CUSTOMER_FILTER, q: input.domain });
      expect(list.customers.map((customer) => customer.id)).toEqual([result.customer.id]);
      const events = await testDb().auditEvent.findMany({
        where: { tenantId: side.tenant.id, action: { in: ["customer.created", "relationship.customer_established"] } },
      });
      expect(events.map((event) => event.action).sort()).toEqual([
        "customer.created",
        "relationship.customer_established",
      ]);
    }
    expect(await testDb().auditEvent.count({ where: { tenantId: result.customer.id } })).toBe(3); // created + both relationships
  });

  it("R9: a provider must name one of its ACTIVE resellers — nothing changes otherwise", async () => {
    const { provider, reseller } = await providerResellerPair();
    const stranger = await providerResellerPair();
    const ended = await signedInPartner({ programs: ["INDIRECT_RESELLER"] });
    await createProviderResellerRelationship({
      providerId: provider.partner.id,
      resellerId: ended.partner.id,
      status: "ENDED",
    });
    const cases: [string, string][] = [
      ["", "customers.create.resellerRequired"],
      [stranger.reseller.partner.id, "customers.create.resellerUnknown"],
      [ended.partner.id, "customers.create.resellerUnknown"],
      ["not-a-uuid", "customers.create.resellerUnknown"],
    ];
    for (const [resellerId, message] of cases) {
      const input = newCustomer({ resellerId });
      const before = await customersSnapshot(scopeOf(input, [provider, reseller, ended]));
      const error = await refusalOf(createCustomer(provider.actor, input, "en"));
      expect(error.details.fieldErrors, resellerId).toEqual({ resellerId: message });
      expect(await customersSnapshot(scopeOf(input, [provider, reseller, ended]))).toEqual(before);
    }
  });

  it("R5: a reseller that isn't ready to transact is refused, naming the missing step — nothing changes", async () => {
    const { provider, reseller } = await providerResellerPair({ reseller: { agreementAccepted: false } });
    const input = newCustomer({ resellerId: reseller.partner.id });
    const before = await customersSnapshot(scopeOf(input, [provider, reseller]));
    const error = await refusalOf(createCustomer(provider.actor, input, "en"));
    expect(error.details.rule).toBe("R5");
    expect(error.message).toBe(
      `R5: ${reseller.partner.legalName} can't transact new business yet. Missing: the current Partner Agreement accepted.`,
    );
    expect(error).toMatchObject({
      messageKey: "customers.rules.R5.one",
      details: { vars: { step1: "customers.readiness.partner_agreement" } },
    });
    expect(await customersSnapshot(scopeOf(input, [provider, reseller]))).toEqual(before);
  });

  it("R1: the customer must be in the region of every partner that gets a relationship — nothing changes", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"], countryCode: "DE" });
    const input = newCustomer({ countryCode: "US" });
    const before = await customersSnapshot(scopeOf(input, [partner]));
    const error = await refusalOf(createCustomer(partner.actor, input, "en"));
    expect(error.message).toBe(`R1: the customer is in North America; ${partner.partner.legalName} is in Europe.`);
    expect(await customersSnapshot(scopeOf(input, [partner]))).toEqual(before);

    const { provider, reseller } = await providerResellerPair({ countryCode: "FR" });
    const joint = newCustomer({ countryCode: "JP", resellerId: reseller.partner.id });
    const jointBefore = await customersSnapshot(scopeOf(joint, [provider, reseller]));
    expect((await refusalOf(createCustomer(provider.actor, joint, "en"))).details.rule).toBe("R1");
    expect(await customersSnapshot(scopeOf(joint, [provider, reseller]))).toEqual(jointBefore);
  });

  it("field messages: a taken domain (any case), a webmail domain, an admin off the domain, a taken email, missing fields", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const existing = await createCustomerTenant();
    const fields = async (input: Record<string, unknown>) =>
      (await refusalOf(createCustomer(partner.actor, input, "en"))).details.fieldErrors;
    const domain = existing.tenant.primaryDomain;
    expect(
      await fields({ ...newCustomer(), domain: domain.toUpperCase(), adminEmail: `new-${unique()}@${domain}` }),
    ).toEqual({ domain: "customers.create.domainTaken" });
    expect(await fields({ ...newCustomer(), domain: "gmail.com", adminEmail: "someone@gmail.com" })).toEqual({
      domain: "customers.create.domainWebmail",
    });
    expect(await fields({ ...newCustomer(), adminEmail: "admin@elsewhere.example" })).toEqual({
      adminEmail: "customers.create.emailDomain",
    });
    const sameEmail = newCustomer();
    await testDb().user.create({
      data: { tenantId: existing.tenant.id, name: "Squatter", email: sameEmail.adminEmail, passwordHash: "x" },
    });
    expect(await fields(sameEmail)).toEqual({ adminEmail: "customers.create.emailTaken" });
    expect(await testDb().tenant.count({ where: { primaryDomain: sameEmail.domain } })).toBe(0);
    expect(await fields({ countryCode: "XX" })).toMatchObject({
      companyName: "customers.field.required",
      domain: "customers.field.required",
      countryCode: "customers.create.countryInvalid",
      adminName: "customers.field.required",
    });
    expect(await fields({ ...newCustomer(), extra: "field" })).toBeDefined(); // strict: unknown fields refused
  });

  it("concurrent double submits create one customer (the unique domain decides)", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const input = newCustomer();
    const results = await Promise.allSettled([
      createCustomer(partner.actor, input, "en"),
      createCustomer(partner.actor, input, "en"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.details.fieldErrors).toMatchObject({ domain: "customers.create.domainTaken" });
    const tenant = await testDb().tenant.findUniqueOrThrow({ where: { primaryDomain: input.domain } });
    expect(await testDb().customerRelationship.count({ where: { customerTenantId: tenant.id } })).toBe(1);
    expect(await testDb().user.count({ where: { email: input.adminEmail } })).toBe(1);
  });
});
