// R16 pre-flight of customer invitations (Request a reseller relationship, Invite new customers):
// every rule that acceptance runs, with the exact refusal — R1, R3, R4, R5 (each missing step),
// duplicate pending invitation, existing relationship, no active provider relationship for a joint
// invitation — and the same rules refusing creation with the database unchanged.
import { describe, expect, it } from "vitest";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import { createJointInvitation } from "@/lib/customer-invitations/create-joint-invitation";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import { testDb } from "../helpers/db";
import {
  createCustomer,
  createCustomerRelationship,
  createInvitation,
  createPartner,
  createProviderResellerRelationship,
  unique,
} from "../helpers/factories";
import { actorIn, linkedPair, refusalOf, snapshot } from "../helpers/customer-requests-fixtures";

const REQUEST = { kind: "CUSTOMER_RELATIONSHIP" } as const;
const joint = (providerId: string) => ({ kind: "CUSTOMER_JOINT", unverifiedProviderId: providerId }) as const;
const form = (email?: string) => ({ email: email ?? "", expiresInDays: 30, locale: "en" as const });
const messagesOf = async (promise: ReturnType<typeof preflightCustomerInvitation>) =>
  (await promise).violations.map((violation) => violation.message);

describe("pre-flight of a single request", () => {
  it("passes for a new address and for an unknown domain; nothing is written", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const actor = await actorIn(partner.tenant.id);
    const before = await snapshot([partner.partner.id], [partner.tenant.id]);
    expect(
      await messagesOf(preflightCustomerInvitation(actor, REQUEST, `it-${unique()}@new-customer-${unique()}.example`)),
    ).toEqual([]);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, undefined))).toEqual([]);
    expect(await snapshot([partner.partner.id], [partner.tenant.id])).toEqual(before);
  });

  it("R1: the address of a customer's user in another region", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"], countryCode: "DE" });
    const customer = await createCustomer({ countryCode: "US" });
    const actor = await actorIn(partner.tenant.id);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, customer.admin!.email))).toEqual([
      `R1: the customer is in North America; ${partner.partner.legalName} is in Europe.`,
    ]);
  });

  it("R1: an address at a customer tenant's primary domain (no such user yet), in capitals and with spaces", async () => {
    const partner = await createPartner({ programs: ["DIRECT_BILL"], countryCode: "DE" });
    const customer = await createCustomer({ countryCode: "BR" });
    const actor = await actorIn(partner.tenant.id);
    const [violation] = (
      await preflightCustomerInvitation(actor, REQUEST, `  NEW-ADMIN@${customer.tenant.primaryDomain.toUpperCase()} `)
    ).violations;
    expect(violation.message).toBe(`R1: the customer is in Latin America; ${partner.partner.legalName} is in Europe.`);
    expect(violation).toMatchObject({ messageKey: "rules.R1", details: { rule: "R1" } });
  });

  it("R3: a partner tenant's user, another partner's domain, and the partner's own tenant", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const other = await createPartner({ programs: ["DIRECT_BILL"] });
    const actor = await actorIn(partner.tenant.id);
    const r3 = (name: string) =>
      `R3: ${name} is a partner tenant. A partner tenant can never be a customer: partners don't resell to themselves, to their affiliates or to another partner's program tenant. To buy for your own use, create a separate customer tenant and accept with its global admin.`;
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, other.admin!.email))).toEqual([
      r3(other.tenant.name),
    ]);
    expect(
      await messagesOf(preflightCustomerInvitation(actor, REQUEST, `buyer@${other.tenant.primaryDomain}`)),
    ).toEqual([r3(other.tenant.name)]);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, partner.admin!.email))).toEqual([
      r3(partner.tenant.name),
    ]);
  });

  it("R4: a provider asking its own reseller to become its customer", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(provider.tenant.id);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, reseller.admin!.email))).toEqual([
      `R4: ${reseller.tenant.name} is an indirect reseller of ${provider.partner.legalName} and can't also be its customer.`,
    ]);
  });

  it("existing relationship: the customer already works with this partner (another partner's relationship is fine, R11)", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const other = await createPartner({ programs: ["DIRECT_BILL"] });
    const customer = await createCustomer();
    await createCustomerRelationship({
      partnerId: other.partner.id,
      customerTenantId: customer.tenant.id,
      channel: "DIRECT_BILL",
    });
    const actor = await actorIn(partner.tenant.id);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, customer.admin!.email))).toEqual([]);
    await createCustomerRelationship({ partnerId: partner.partner.id, customerTenantId: customer.tenant.id });
    const [violation] = (await preflightCustomerInvitation(actor, REQUEST, customer.admin!.email)).violations;
    expect(violation.message).toBe(
      `${customer.tenant.name} already has a reseller relationship with ${partner.partner.legalName}.`,
    );
    expect(violation.code).toBe("CONFLICT");
  });

  it("R16: a pending invitation to the same address (request or joint), an expired one still open; other partners' don't count", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const email = `dup-${unique()}@customer.example`;
    await createInvitation({ inviterId: provider.partner.id, intendedEmail: email });
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, email))).toEqual([]);
    await createInvitation({ inviterId: reseller.partner.id, kind: "CUSTOMER_JOINT", intendedEmail: email });
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, email))).toEqual([
      `R16: a pending invitation to ${email} already exists. Resend or revoke it under Sent requests.`,
    ]);
    const expiredTo = `old-${unique()}@customer.example`;
    await createInvitation({
      inviterId: reseller.partner.id,
      intendedEmail: expiredTo,
      expiresAt: new Date(Date.now() - 60_000),
    });
    expect(await messagesOf(preflightCustomerInvitation(actor, joint(provider.partner.id), expiredTo))).toEqual([
      `R16: your invitation to ${expiredTo} has expired but is still open. Resend or revoke it under Sent requests.`,
    ]);
    const revokedTo = `gone-${unique()}@customer.example`;
    await createInvitation({ inviterId: reseller.partner.id, intendedEmail: revokedTo, status: "REVOKED" });
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, revokedTo))).toEqual([]);
  });

  it("every failing rule is listed, not just the first", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"], countryCode: "DE" });
    const customer = await createCustomer({ countryCode: "US" });
    await createCustomerRelationship({ partnerId: partner.partner.id, customerTenantId: customer.tenant.id });
    await createInvitation({ inviterId: partner.partner.id, intendedEmail: customer.admin!.email });
    const actor = await actorIn(partner.tenant.id);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, customer.admin!.email))).toEqual([
      `R16: a pending invitation to ${customer.admin!.email} already exists. Resend or revoke it under Sent requests.`,
      `R1: the customer is in North America; ${partner.partner.legalName} is in Europe.`,
      `${customer.tenant.name} already has a reseller relationship with ${partner.partner.legalName}.`,
    ]);
  });

  it("a partner without an active program can't have customers (R14: an unaccepted move doesn't count)", async () => {
    const inReview = await createPartner({ programs: ["INDIRECT_RESELLER"], status: "IN_REVIEW" });
    const actor = await actorIn(inReview.tenant.id);
    expect(await messagesOf(preflightCustomerInvitation(actor, REQUEST, undefined))).toEqual([
      `${inReview.partner.legalName} isn't active in a partner program yet, so it can't have customers.`,
    ]);
    const moving = await createPartner({ programs: ["DIRECT_BILL"], status: "REJECTED" });
    await testDb().programEnrollment.create({
      data: { partnerId: moving.partner.id, program: "INDIRECT_RESELLER", status: "APPROVED", viaTransition: true },
    });
    expect(
      (await preflightCustomerInvitation(await actorIn(moving.tenant.id), REQUEST, undefined)).violations,
    ).toHaveLength(1);
  });

  it("the relationship it creates: DIRECT_BILL for an active direct-bill partner, else INDIRECT", async () => {
    const direct = await createPartner({ programs: ["DIRECT_BILL"] });
    const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    expect((await preflightCustomerInvitation(await actorIn(direct.tenant.id), REQUEST, undefined)).channel).toBe(
      "DIRECT_BILL",
    );
    expect((await preflightCustomerInvitation(await actorIn(reseller.tenant.id), REQUEST, undefined)).channel).toBe(
      "INDIRECT",
    );
    expect((await preflightCustomerInvitation(await actorIn(provider.tenant.id), REQUEST, undefined)).channel).toBe(
      "INDIRECT",
    );
  });
});

describe("pre-flight of a joint invitation (Invite new customers)", () => {
  it("passes for a ready reseller with an active provider; the rules run for both partners", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const result = await preflightCustomerInvitation(
      actor,
      joint(provider.partner.id),
      `new-${unique()}@fresh-${unique()}.example`,
    );
    expect(result.violations).toEqual([]);
    expect(result).toMatchObject({
      channel: "INDIRECT",
      provider: { id: provider.partner.id },
      inviter: { id: reseller.partner.id },
    });
    const customer = await createCustomer();
    await createCustomerRelationship({ partnerId: provider.partner.id, customerTenantId: customer.tenant.id });
    expect(
      await messagesOf(preflightCustomerInvitation(actor, joint(provider.partner.id), customer.admin!.email)),
    ).toEqual([`${customer.tenant.name} already has a reseller relationship with ${provider.partner.legalName}.`]);
  });

  it("R1 names each partner in another region", async () => {
    const { provider, reseller } = await linkedPair();
    const customer = await createCustomer({ countryCode: "JP" });
    const messages = await messagesOf(
      preflightCustomerInvitation(await actorIn(reseller.tenant.id), joint(provider.partner.id), customer.admin!.email),
    );
    expect(messages.sort()).toEqual(
      [
        `R1: the customer is in Asia Pacific; ${reseller.partner.legalName} is in Europe.`,
        `R1: the customer is in Asia Pacific; ${provider.partner.legalName} is in Europe.`,
      ].sort(),
    );
  });

  it("R4: another reseller of the same provider can't become its customer", async () => {
    const { provider, reseller } = await linkedPair();
    const sibling = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: sibling.partner.id });
    expect(
      await messagesOf(
        preflightCustomerInvitation(
          await actorIn(reseller.tenant.id),
          joint(provider.partner.id),
          sibling.admin!.email,
        ),
      ),
    ).toEqual([
      `R4: ${sibling.tenant.name} is an indirect reseller of ${provider.partner.legalName} and can't also be its customer.`,
    ]);
  });

  it("R5: each missing step is named", async () => {
    const noAgreement = await linkedPair({ resellerAgreement: false });
    expect(
      await messagesOf(
        preflightCustomerInvitation(
          await actorIn(noAgreement.reseller.tenant.id),
          joint(noAgreement.provider.partner.id),
          undefined,
        ),
      ),
    ).toEqual([`R5: ${noAgreement.reseller.partner.legalName} hasn't accepted the current Partner Agreement.`]);
    const noAccount = await linkedPair({ resellerWithAdmin: false });
    expect(
      await messagesOf(
        preflightCustomerInvitation(
          await actorIn(noAccount.reseller.tenant.id),
          joint(noAccount.provider.partner.id),
          undefined,
        ),
      ),
    ).toEqual([`R5: ${noAccount.reseller.partner.legalName} has no account yet: it needs an active Global admin.`]);
    const moving = await linkedPair({ resellerPrograms: ["DIRECT_BILL"] });
    await testDb().programEnrollment.create({
      data: {
        partnerId: moving.reseller.partner.id,
        program: "INDIRECT_RESELLER",
        status: "APPROVED",
        viaTransition: true,
      },
    });
    const [violation] = (
      await preflightCustomerInvitation(
        await actorIn(moving.reseller.tenant.id),
        joint(moving.provider.partner.id),
        undefined,
      )
    ).violations;
    expect(violation.message).toBe(
      `R5: ${moving.reseller.partner.legalName} has no approved indirect reseller enrollment.`,
    );
    expect(violation).toMatchObject({
      messageKey: "invites.preflight.R5.approved_reseller_enrollment",
      details: { rule: "R5" },
    });
  });

  it("no ACTIVE provider–reseller relationship → NOT_FOUND (ended, someone else's provider, unknown or malformed id)", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const stranger = await linkedPair();
    for (const id of [
      stranger.provider.partner.id,
      reseller.partner.id,
      "00000000-0000-4000-8000-000000000000",
      "not-a-uuid",
    ]) {
      expect((await refusalOf(preflightCustomerInvitation(actor, joint(id), undefined))).code).toBe("NOT_FOUND");
    }
    await testDb().providerResellerRelationship.update({
      where: { id: relationship.id },
      data: { status: "ENDED", endedAt: new Date() },
    });
    expect((await refusalOf(preflightCustomerInvitation(actor, joint(provider.partner.id), undefined))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("creation runs the same rules again and refuses with the database unchanged", () => {
  it("R1, R3, R4, R5, duplicate and existing relationship refuse create-request / create-joint exactly as the pre-flight said", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const usCustomer = await createCustomer({ countryCode: "US" });
    const partnerTenant = await createPartner();
    const existing = await createCustomer();
    await createCustomerRelationship({ partnerId: reseller.partner.id, customerTenantId: existing.tenant.id });
    const pendingTo = `pending-${unique()}@customer.example`;
    await createInvitation({ inviterId: reseller.partner.id, intendedEmail: pendingTo });
    const ids = [reseller.partner.id, provider.partner.id];
    const tenants = [reseller.tenant.id, provider.tenant.id];
    for (const email of [usCustomer.admin!.email, partnerTenant.admin!.email, existing.admin!.email, pendingTo]) {
      const expected = (await preflightCustomerInvitation(actor, REQUEST, email)).violations[0].message;
      const before = await snapshot(ids, tenants);
      expect((await refusalOf(createCustomerRequest(actor, form(email)))).message).toBe(expected);
      expect(
        (await refusalOf(createJointInvitation(actor, { ...form(email), unverifiedProviderId: provider.partner.id })))
          .message,
      ).toMatch(/^(R1|R3|R16|.+ already has a reseller relationship)/);
      expect(await snapshot(ids, tenants)).toEqual(before);
    }
    const sibling = await createPartner();
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: sibling.partner.id });
    expect(
      (
        await refusalOf(
          createJointInvitation(actor, { ...form(sibling.admin!.email), unverifiedProviderId: provider.partner.id }),
        )
      ).details.rule,
    ).toBe("R4");
  });

  it("a rule that became false between Check and create refuses the creation (R5 agreement withdrawn, relationship established, relationship ended)", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const customer = await createCustomer();
    const ids = [reseller.partner.id, provider.partner.id];
    const tenants = [reseller.tenant.id, provider.tenant.id];
    const input = { ...form(customer.admin!.email), unverifiedProviderId: provider.partner.id };
    expect(
      (await preflightCustomerInvitation(actor, joint(provider.partner.id), customer.admin!.email)).violations,
    ).toEqual([]);

    const established = await createCustomerRelationship({
      partnerId: provider.partner.id,
      customerTenantId: customer.tenant.id,
    });
    let before = await snapshot(ids, tenants);
    expect((await refusalOf(createJointInvitation(actor, input))).message).toBe(
      `${customer.tenant.name} already has a reseller relationship with ${provider.partner.legalName}.`,
    );
    expect(await snapshot(ids, tenants)).toEqual(before);
    await testDb().customerRelationship.update({
      where: { id: established.id },
      data: { status: "ENDED", endedAt: new Date() },
    });

    await testDb().agreementAcceptance.deleteMany({ where: { partnerId: reseller.partner.id } });
    before = await snapshot(ids, tenants);
    expect((await refusalOf(createJointInvitation(actor, input))).message).toBe(
      `R5: ${reseller.partner.legalName} hasn't accepted the current Partner Agreement.`,
    );
    expect(await snapshot(ids, tenants)).toEqual(before);

    await testDb().agreementAcceptance.create({
      data: {
        partnerId: reseller.partner.id,
        kind: "PARTNER_AGREEMENT",
        version: "2026-01",
        signerName: "S",
        signerTitle: "T",
      },
    });
    await testDb().providerResellerRelationship.update({
      where: { id: relationship.id },
      data: { status: "ENDED", endedAt: new Date() },
    });
    expect((await refusalOf(createJointInvitation(actor, input))).code).toBe("NOT_FOUND");
    expect(await snapshot(ids, tenants)).toEqual(before);
  });

  it("bad input gets field messages, never a write", async () => {
    const partner = await createPartner();
    const actor = await actorIn(partner.tenant.id);
    const before = await snapshot([partner.partner.id], [partner.tenant.id]);
    for (const bad of [
      { ...form("not-an-email") },
      { ...form(), expiresInDays: 0 },
      { ...form(), expiresInDays: 91 },
      { ...form(), locale: "fr" },
      { ...form(), extra: "field" },
    ]) {
      expect((await refusalOf(createCustomerRequest(actor, bad as never))).code).toBe("VALIDATION");
    }
    expect(await snapshot([partner.partner.id], [partner.tenant.id])).toEqual(before);
  });
});
