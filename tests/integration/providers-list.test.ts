// Indirect providers (reseller side) and View customers: P-customers-view for every role × own and
// other tenant; only partners whose INDIRECT_RESELLER program is active (R14: a direct-bill
// partner's move counts only after "Accept and continue"); contact and support details; ended
// relationships kept as history (R15); R5 readiness for "Invite new customers"; R7: the shared
// customers are exactly the intersection of both parties' ACTIVE customer relationships.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { listIndirectProviders } from "@/lib/indirect-providers/list-indirect-providers";
import { listSharedCustomers } from "@/lib/indirect-providers/list-shared-customers";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import {
  createCustomer,
  createCustomerRelationship,
  createPartner,
  createProviderResellerRelationship,
  createUser,
  unique,
} from "../helpers/factories";
import {
  keysOf,
  linkedPair,
  outcome,
  refused,
  ROLE_COMBOS,
  sharedCustomer,
  snapshotOf,
} from "../helpers/providers-fixtures";

// SPEC §2, transcribed: P-customers-view — Admin agent, Sales agent, Helpdesk agent, Global admin (not User management admin).
const CUSTOMERS_VIEW: string[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"];

describe("R7 View customers: the intersection of both parties' active customer relationships", () => {
  let pair: Awaited<ReturnType<typeof linkedPair>>;
  let actor: SessionUser;
  const names: Record<string, string> = {};
  beforeAll(async () => {
    pair = await linkedPair();
    actor = (await signInAs(pair.reseller.admin!.email)).actor;
    const providerId = pair.provider.partner.id;
    const resellerId = pair.reseller.partner.id;
    names.shared = (await sharedCustomer(providerId, resellerId, `Alpha Shared ${unique()}`)).tenant.name;
    names.shared2 = (await sharedCustomer(providerId, resellerId, `Beta Shared ${unique()}`)).tenant.name;
    // The reseller's own customer, linked to the provider, but the provider has no relationship of its own.
    const resellerOnly = await createCustomer({ name: `Reseller Only ${unique()}` });
    await createCustomerRelationship({
      partnerId: resellerId,
      customerTenantId: resellerOnly.tenant.id,
      linkedPartnerId: providerId,
    });
    // The provider's customer (even linked to this reseller) the reseller has no relationship with.
    const providerOnly = await createCustomer({ name: `Provider Only ${unique()}` });
    await createCustomerRelationship({
      partnerId: providerId,
      customerTenantId: providerOnly.tenant.id,
      linkedPartnerId: resellerId,
    });
    // Both have one, but the reseller's row isn't linked to this provider (its direct-bill customer).
    const unlinked = await createCustomer({ name: `Unlinked ${unique()}` });
    await createCustomerRelationship({
      partnerId: resellerId,
      customerTenantId: unlinked.tenant.id,
      channel: "DIRECT_BILL",
    });
    await createCustomerRelationship({
      partnerId: providerId,
      customerTenantId: unlinked.tenant.id,
      linkedPartnerId: resellerId,
    });
    // The provider's side ended.
    const providerEnded = await createCustomer({ name: `Provider Ended ${unique()}` });
    await createCustomerRelationship({
      partnerId: resellerId,
      customerTenantId: providerEnded.tenant.id,
      linkedPartnerId: providerId,
    });
    await createCustomerRelationship({
      partnerId: providerId,
      customerTenantId: providerEnded.tenant.id,
      linkedPartnerId: resellerId,
      status: "ENDED",
    });
    // The reseller's side ended.
    const resellerEnded = await createCustomer({ name: `Reseller Ended ${unique()}` });
    await createCustomerRelationship({
      partnerId: resellerId,
      customerTenantId: resellerEnded.tenant.id,
      linkedPartnerId: providerId,
      status: "ENDED",
    });
    await createCustomerRelationship({
      partnerId: providerId,
      customerTenantId: resellerEnded.tenant.id,
      linkedPartnerId: resellerId,
    });
    // Another reseller of the same provider shares a customer with it.
    const otherReseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    await createProviderResellerRelationship({ providerId, resellerId: otherReseller.partner.id });
    await sharedCustomer(providerId, otherReseller.partner.id, `Other Reseller Shared ${unique()}`);
  });

  it("R7: only customers both have (active on both sides) are shown; neither side's other customers leak", async () => {
    const view = await listSharedCustomers(actor, pair.provider.partner.id);
    expect(view.customers.map((customer) => customer.name)).toEqual([names.shared, names.shared2]);
    expect(view.total).toBe(2);
    expect(view.provider).toMatchObject({
      id: pair.provider.partner.id,
      legalName: pair.provider.partner.legalName,
      pnId: pair.provider.partner.pnId,
      ended: false,
    });
  });

  it("R7: search by customer name or domain stays within the intersection", async () => {
    expect(
      (await listSharedCustomers(actor, pair.provider.partner.id, { search: "beta shared" })).customers.map(
        (c) => c.name,
      ),
    ).toEqual([names.shared2]);
    expect((await listSharedCustomers(actor, pair.provider.partner.id, { search: "Provider Only" })).customers).toEqual(
      [],
    );
    expect((await listSharedCustomers(actor, pair.provider.partner.id, { search: "%" })).customers).toEqual([]);
  });

  it("R7: the provider's other reseller sees only its own shared customer, never this reseller's", async () => {
    const providerId = pair.provider.partner.id;
    const other = await testDb().providerResellerRelationship.findFirstOrThrow({
      where: { providerId, resellerId: { not: pair.reseller.partner.id } },
      include: { reseller: true },
    });
    const otherAdmin = await testDb().user.findFirstOrThrow({
      where: { tenantId: other.reseller.tenantId, adminRole: "GLOBAL_ADMIN" },
    });
    const view = await listSharedCustomers((await signInAs(otherAdmin.email)).actor, providerId);
    expect(view.customers.map((customer) => customer.name)).toEqual([expect.stringMatching(/^Other Reseller Shared /)]);
  });

  it("R7: a provider this reseller has no relationship with, or a malformed id, answers NOT_FOUND", async () => {
    const stranger = await linkedPair(); // another reseller's provider
    await sharedCustomer(stranger.provider.partner.id, stranger.reseller.partner.id);
    expect((await refused(listSharedCustomers(actor, stranger.provider.partner.id))).code).toBe("NOT_FOUND");
    expect((await refused(listSharedCustomers(actor, "not-a-uuid"))).code).toBe("NOT_FOUND");
    expect((await refused(listSharedCustomers(actor, pair.reseller.partner.id))).code).toBe("NOT_FOUND"); // itself
  });

  it("R15: after the relationship ended, View customers still opens as history and is flagged ended", async () => {
    const ended = await linkedPair();
    await testDb().providerResellerRelationship.update({
      where: { id: ended.relationship.id },
      data: { status: "ENDED", endedAt: new Date(), endReason: "Contract over" },
    });
    const shared = await sharedCustomer(ended.provider.partner.id, ended.reseller.partner.id);
    const view = await listSharedCustomers(
      (await signInAs(ended.reseller.admin!.email)).actor,
      ended.provider.partner.id,
    );
    expect(view.provider.ended).toBe(true);
    expect(view.customers.map((customer) => customer.id)).toEqual([shared.tenant.id]);
  });
});

describe("Indirect providers list", () => {
  it("providers with legal name, PN ID, region, since, primary contact and support details; active first, ended kept with date and reason", async () => {
    const { provider, reseller } = await linkedPair();
    await testDb().partnerOrganization.update({
      where: { id: provider.partner.id },
      data: { supportPhone: "+49 30 999", supportWebsite: "https://help.example" },
    });
    const second = await createPartner({
      programs: ["INDIRECT_PROVIDER"],
      countryCode: "FR",
      name: `Aardvark ${unique()}`,
    });
    const ended = await createProviderResellerRelationship({
      providerId: second.partner.id,
      resellerId: reseller.partner.id,
      status: "ENDED",
    });
    const { actor } = await signInAs(reseller.admin!.email);
    const view = await listIndirectProviders(actor);
    expect(view.total).toBe(2);
    expect(view.providers.map((row) => row.status)).toEqual(["ACTIVE", "ENDED"]);
    expect(view.providers[0]).toMatchObject({
      providerId: provider.partner.id,
      legalName: provider.partner.legalName,
      pnId: provider.partner.pnId,
      region: "EUROPE",
      contact: {
        name: provider.partner.contactName,
        email: provider.partner.contactEmail,
        phone: provider.partner.contactPhone,
      },
      support: { email: provider.partner.supportEmail, phone: "+49 30 999", website: "https://help.example" },
      endedAt: null,
    });
    expect(view.providers[1]).toMatchObject({
      relationshipId: ended.id,
      providerId: second.partner.id,
      region: "EUROPE",
      endReason: "Ended by a test",
    });
    expect(view.providers[1].endedAt).toBeInstanceOf(Date);
    expect(view.readiness).toEqual({ ready: true, missing: [] });
  });

  it("searches by provider name or PN ID (literally) and pages 25 at a time", async () => {
    const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const tag = unique();
    const providers = [];
    for (let i = 0; i < 26; i += 1) {
      const provider = await createPartner({
        programs: ["INDIRECT_PROVIDER"],
        name: `Paged ${tag} ${String(i).padStart(2, "0")}`,
        withAdmin: false,
        agreementAccepted: false,
      });
      await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: reseller.partner.id });
      providers.push(provider);
    }
    const { actor } = await signInAs(reseller.admin!.email);
    const first = await listIndirectProviders(actor, {});
    expect([first.total, first.providers.length, first.pageCount]).toEqual([26, 25, 2]);
    const second = await listIndirectProviders(actor, { page: "2" });
    expect(second.providers.map((row) => row.legalName)).toEqual([`Paged ${tag} 25 Ltd`]);
    expect(
      (await listIndirectProviders(actor, { search: `paged ${tag} 07` })).providers.map((row) => row.providerId),
    ).toEqual([providers[7].partner.id]);
    expect(
      (await listIndirectProviders(actor, { search: providers[3].partner.pnId })).providers.map(
        (row) => row.providerId,
      ),
    ).toEqual([providers[3].partner.id]);
    expect((await listIndirectProviders(actor, { search: "_" })).total).toBe(0);
    expect((await listIndirectProviders(actor, { page: "-4" })).page).toBe(1);
  });

  it("R5: readiness names the reseller's missing steps (Invite new customers is offered only when ready)", async () => {
    const { reseller } = await linkedPair({ resellerAgreement: false });
    const view = await listIndirectProviders((await signInAs(reseller.admin!.email)).actor);
    expect(view.readiness).toEqual({ ready: false, missing: ["partner_agreement"] });
  });

  it("a partner without an active INDIRECT_RESELLER program gets NOT_FOUND (provider only, reseller in review)", async () => {
    const { provider } = await linkedPair();
    expect((await refused(listIndirectProviders((await signInAs(provider.admin!.email)).actor))).code).toBe(
      "NOT_FOUND",
    );
    const inReview = await createPartner({ programs: ["INDIRECT_RESELLER"], status: "IN_REVIEW" });
    expect((await refused(listIndirectProviders((await signInAs(inReview.admin!.email)).actor))).code).toBe(
      "NOT_FOUND",
    );
    const customer = await createCustomer();
    expect((await refused(listIndirectProviders((await signInAs(customer.admin!.email)).actor))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("R14: a direct-bill partner's move counts only after Accept and continue — before it, both reads answer NOT_FOUND", async () => {
    const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    const moved = await createPartner({ programs: ["DIRECT_BILL"] });
    await testDb().programEnrollment.create({
      data: {
        partnerId: moved.partner.id,
        program: "INDIRECT_RESELLER",
        status: "APPROVED",
        viaTransition: true,
        startedByUserId: moved.admin!.id,
        decidedAt: new Date(),
      },
    });
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: moved.partner.id });
    const { actor } = await signInAs(moved.admin!.email);
    expect((await refused(listIndirectProviders(actor))).code).toBe("NOT_FOUND");
    expect((await refused(listSharedCustomers(actor, provider.partner.id))).code).toBe("NOT_FOUND");
    await testDb().agreementAcceptance.create({
      data: {
        partnerId: moved.partner.id,
        kind: "INDIRECT_RESELLER_AGREEMENT",
        version: "2026-01",
        acceptedByUserId: moved.admin!.id,
        signerName: "Ada",
        signerTitle: "CEO",
      },
    });
    expect((await listIndirectProviders(actor)).providers.map((row) => row.providerId)).toEqual([provider.partner.id]);
    expect((await listSharedCustomers(actor, provider.partner.id)).customers).toEqual([]);
  });
});

describe.each(ROLE_COMBOS)("P-customers-view Indirect providers reads as $agentRole + $adminRole", (roles) => {
  let pair: Awaited<ReturnType<typeof linkedPair>>;
  let other: Awaited<ReturnType<typeof linkedPair>>;
  let actor: SessionUser;
  beforeAll(async () => {
    pair = await linkedPair();
    other = await linkedPair();
    await sharedCustomer(pair.provider.partner.id, pair.reseller.partner.id);
    await sharedCustomer(other.provider.partner.id, other.reseller.partner.id);
    actor = (await signInAs((await createUser({ tenantId: pair.reseller.tenant.id, ...roles })).email)).actor;
  });
  const allowed = () => CUSTOMERS_VIEW.includes(roles.agentRole) || CUSTOMERS_VIEW.includes(roles.adminRole);

  it("own tenant: list providers and View customers; other tenant's provider: NOT_FOUND; nothing changes", async () => {
    const before = await snapshotOf([
      keysOf(pair.provider),
      keysOf(pair.reseller),
      keysOf(other.provider),
      keysOf(other.reseller),
    ]);
    const expected = allowed() ? "ok" : "NOT_FOUND";
    expect(await outcome(listIndirectProviders(actor))).toBe(expected);
    expect(await outcome(listSharedCustomers(actor, pair.provider.partner.id))).toBe(expected);
    expect(await outcome(listSharedCustomers(actor, other.provider.partner.id))).toBe("NOT_FOUND");
    if (allowed()) {
      const view = await listIndirectProviders(actor);
      expect(view.providers.map((row) => row.providerId)).toEqual([pair.provider.partner.id]);
      expect((await listSharedCustomers(actor, pair.provider.partner.id)).total).toBe(1);
    }
    expect(
      await snapshotOf([keysOf(pair.provider), keysOf(pair.reseller), keysOf(other.provider), keysOf(other.reseller)]),
    ).toEqual(before);
  });
});
