// Accepting a customer invitation (SPEC R1, R3, R4, R5, R8, R10, R11, R16): the relationships it
// creates, and every rule that refuses it with its exact sentence — the refusal rolls everything
// back, then is recorded for the sender (lastRefusedAt / lastRefusalRule, audit, one email a day).
import { describe, expect, it } from "vitest";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { refusalMessage, type DomainError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";
import { listCustomerPartners } from "@/lib/partners/list-customer-partners";
import { signInAs } from "../helpers/actors";
import {
  auditEventsOf,
  createCustomerInvitation,
  createJointInvitation,
  createLinkedPair,
  createNamedPartner,
  invitationRow,
  refusalOf,
  relationshipsOf,
  updateEmailsTo,
} from "../helpers/customer-invitation-fixtures";
import { testDb } from "../helpers/db";
import {
  createCustomer,
  createCustomerRelationship,
  createPartner,
  createProviderResellerRelationship,
  unique,
} from "../helpers/factories";

const accept = async (email: string, token: string) =>
  acceptCustomerInvitation((await signInAs(email)).actor, { token });

describe("acceptance creates the relationships", () => {
  it("R16 R10 a single request from an indirect partner: one INDIRECT row without linked partner, audits in both tenants, the sender emailed", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const customer = await createCustomer({ countryCode: "AT" });
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
    });
    const result = await accept(customer.admin!.email, invitation.token);

    const rows = await relationshipsOf(customer.tenant.id);
    expect(rows).toMatchObject([
      {
        partnerId: partner.partner.id,
        channel: "INDIRECT",
        linkedPartnerId: null,
        status: "ACTIVE",
        invitationId: invitation.id,
      },
    ]);
    expect(result.relationshipIds).toEqual([rows[0].id]);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "ACCEPTED",
      acceptedByUserId: customer.admin!.id,
      acceptedTenantId: customer.tenant.id,
    });
    expect((await auditEventsOf("invitation.accepted", invitation.id)).map((event) => event.tenantId).sort()).toEqual(
      [customer.tenant.id, partner.tenant.id].sort(),
    );
    expect(
      (await auditEventsOf("relationship.customer_established", rows[0].id)).map((event) => event.tenantId).sort(),
    ).toEqual([customer.tenant.id, partner.tenant.id].sort());
    const emails = await updateEmailsTo(partner.admin!.email);
    expect(emails.map((email) => email.subject)).toEqual([
      `${customer.tenant.name} accepted your request for a reseller relationship`,
    ]);
  });

  it("R10 a single request from a direct-bill partner creates a DIRECT_BILL relationship", async () => {
    const partner = await createPartner({ programs: ["DIRECT_BILL"] });
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    await accept(customer.admin!.email, invitation.token);
    expect(await relationshipsOf(customer.tenant.id)).toMatchObject([
      { partnerId: partner.partner.id, channel: "DIRECT_BILL", linkedPartnerId: null },
    ]);
  });

  it("R8 a joint invitation creates the reseller's and the provider's rows, each linked to the other, with events in all three tenants and one email", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    await accept(customer.admin!.email, invitation.token);

    const rows = await relationshipsOf(customer.tenant.id);
    expect(
      rows
        .map(({ partnerId, channel, linkedPartnerId }) => ({ partnerId, channel, linkedPartnerId }))
        .sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
    ).toEqual(
      [
        { partnerId: pair.reseller.partner.id, channel: "INDIRECT", linkedPartnerId: pair.provider.partner.id },
        { partnerId: pair.provider.partner.id, channel: "INDIRECT", linkedPartnerId: pair.reseller.partner.id },
      ].sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
    );
    expect((await auditEventsOf("invitation.accepted", invitation.id)).map((event) => event.tenantId).sort()).toEqual(
      [customer.tenant.id, pair.reseller.tenant.id, pair.provider.tenant.id].sort(),
    );
    expect(await updateEmailsTo(pair.reseller.admin!.email)).toHaveLength(1);
    const partners = await listCustomerPartners((await signInAs(customer.admin!.email)).actor);
    expect(partners.map((row) => [row.partnerName, row.pairRole, row.linkedPartnerName]).sort()).toEqual(
      [
        [pair.reseller.partner.legalName, "RESELLER", pair.provider.partner.legalName],
        [pair.provider.partner.legalName, "PROVIDER", pair.reseller.partner.legalName],
      ].sort(),
    );
  });

  it("R11 a customer that works with another partner keeps that relationship untouched and gains the new one", async () => {
    const other = await createPartner();
    const partner = await createPartner();
    const customer = await createCustomer();
    const existing = await createCustomerRelationship({
      partnerId: other.partner.id,
      customerTenantId: customer.tenant.id,
      channel: "DIRECT_BILL",
    });
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    await accept(customer.admin!.email, invitation.token);

    const rows = await relationshipsOf(customer.tenant.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.id === existing.id)).toEqual(existing);
    const overview = await listCustomerPartners((await signInAs(customer.admin!.email)).actor);
    expect(overview.map((row) => row.partnerName).sort()).toEqual(
      [other.partner.legalName, partner.partner.legalName].sort(),
    );
  });
});

describe("rules refuse the acceptance with their exact sentence, and the refusal is recorded", () => {
  it("R1 a customer in another region: exact sentence, nothing created, refusal recorded, the sender emailed once a day", async () => {
    const fabrikam = await createNamedPartner("Fabrikam Solutions", { countryCode: "DE" });
    const customer = await createCustomer({ countryCode: "US" });
    const invitation = await createCustomerInvitation({
      inviterId: fabrikam.partner.id,
      sentByUserId: fabrikam.admin!.id,
    });

    const first = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(first).toMatchObject({
      code: "RULE",
      message: "R1: the customer is in North America; Fabrikam Solutions is in Europe.",
    });
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    const row = await invitationRow(invitation.id);
    expect(row).toMatchObject({ status: "PENDING", acceptedAt: null, acceptedTenantId: null, lastRefusalRule: "R1" });
    expect(row.lastRefusedAt).toBeInstanceOf(Date);
    expect(await auditEventsOf("invitation.accepted", invitation.id)).toEqual([]);
    const refused = await auditEventsOf("invitation.refused", invitation.id);
    // The sender's log names the customer's organization, never its user (issue 16).
    expect(refused).toMatchObject([{ tenantId: fabrikam.tenant.id, actorLabel: customer.tenant.name }]);
    const emails = await updateEmailsTo(fabrikam.admin!.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe("Your request for a reseller relationship could not be accepted");
    expect(emails[0].text).toContain("R1: the customer is in North America; Fabrikam Solutions is in Europe.");

    // Trying again the same day: refused and audited again, but the sender isn't emailed again.
    await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(await auditEventsOf("invitation.refused", invitation.id)).toHaveLength(2);
    expect(await updateEmailsTo(fabrikam.admin!.email)).toHaveLength(1);
    // A day later, the next refusal is worth an email again.
    await testDb()
      .$executeRaw`UPDATE invitations SET last_refused_at = now() - interval '25 hours' WHERE id = ${invitation.id}::uuid`;
    await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(await updateEmailsTo(fabrikam.admin!.email)).toHaveLength(2);
  });

  it("R1 a joint invitation names the partner in another region", async () => {
    const provider = await createNamedPartner(`Northwind ${unique()}`, {
      programs: ["INDIRECT_PROVIDER"],
      countryCode: "DE",
    });
    const reseller = await createNamedPartner(`Tailspin ${unique()}`, {
      programs: ["INDIRECT_RESELLER"],
      countryCode: "US",
    });
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: reseller.partner.id });
    const customer = await createCustomer({ countryCode: "US" });
    const invitation = await createCustomerInvitation({
      inviterId: reseller.partner.id,
      coInviterId: provider.partner.id,
    });
    const refusal = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(refusal.message).toBe(`R1: the customer is in North America; ${provider.partner.legalName} is in Europe.`);
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    // In German (sender notice, rule-refusal pages, pre-flight problems) the region placeholders are translated too.
    const german = refusalMessage(refusal as DomainError, translator("de"));
    expect(german).toBe(
      `R1: Der Kunde ist in der Region Nordamerika; ${provider.partner.legalName} ist in der Region Europa.`,
    );
    expect(german).not.toContain("region.EUROPE");
    expect([refusal as DomainError].map((violation) => refusalMessage(violation, translator("de")))).toEqual([german]);
  });

  it("R3 a partner tenant's Global admin is refused with the explanation and the advice to use a separate customer tenant", async () => {
    const inviter = await createPartner();
    const otherPartner = await createPartner();
    const invitation = await createCustomerInvitation({
      inviterId: inviter.partner.id,
      sentByUserId: inviter.admin!.id,
    });
    const refusal = await refusalOf(accept(otherPartner.admin!.email, invitation.token));
    expect(refusal).toMatchObject({ code: "RULE", details: { rule: "R3" } });
    expect(refusal.message).toBe(
      `R3: ${otherPartner.tenant.name} is a partner tenant. A partner tenant can never be a customer: partners don't resell to themselves, to their affiliates or to another partner's program tenant. To buy for your own use, create a separate customer tenant and accept with its global admin.`,
    );
    expect(await relationshipsOf(otherPartner.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R3" });
  });

  it("R3 the inviting partner's own tenant can't accept its own request", async () => {
    const inviter = await createPartner();
    const invitation = await createCustomerInvitation({ inviterId: inviter.partner.id });
    const refusal = await refusalOf(accept(inviter.admin!.email, invitation.token));
    expect(refusal.message).toMatch(new RegExp(`^R3: ${inviter.tenant.name} is a partner tenant\\.`));
  });

  it("R4 a reseller tenant can't become the customer of its own provider", async () => {
    const pair = await createLinkedPair();
    const invitation = await createCustomerInvitation({
      inviterId: pair.provider.partner.id,
      sentByUserId: pair.provider.admin!.id,
    });
    const refusal = await refusalOf(accept(pair.reseller.admin!.email, invitation.token));
    expect(refusal).toMatchObject({
      code: "RULE",
      message: `R4: ${pair.reseller.tenant.name} is an indirect reseller of ${pair.provider.partner.legalName} and can't also be its customer.`,
    });
    expect(await relationshipsOf(pair.reseller.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R4" });
  });

  it("R5 a joint invitation is refused when the reseller stopped being ready to transact (agreement no longer current)", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    await testDb().agreementAcceptance.deleteMany({ where: { partnerId: pair.reseller.partner.id } });
    const refusal = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(refusal.message).toBe(
      `R5: ${pair.reseller.partner.legalName} isn't ready to transact new business with ${pair.provider.partner.legalName} yet; missing: the current Partner Agreement accepted.`,
    );
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R5" });
  });

  it("R5 a joint invitation is refused when the provider–reseller relationship ended", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    await testDb().providerResellerRelationship.update({
      where: { id: pair.link.id },
      data: { status: "ENDED", endedAt: new Date() },
    });
    const refusal = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(refusal.message).toBe(
      `R5: ${pair.provider.partner.legalName} and ${pair.reseller.partner.legalName} no longer have an active provider–reseller relationship, so they can't take on new customers together.`,
    );
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
  });

  it("existing relationship: a customer that already works with the inviter is refused, recorded as EXISTING", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const existing = await createCustomerRelationship({
      partnerId: partner.partner.id,
      customerTenantId: customer.tenant.id,
    });
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const refusal = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(refusal).toMatchObject({
      code: "CONFLICT",
      message: `${customer.tenant.name} already has a reseller relationship with ${partner.partner.legalName}.`,
    });
    expect(await relationshipsOf(customer.tenant.id)).toEqual([existing]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "EXISTING" });
  });

  it("existing relationship + R8: a joint invitation where the customer already works with the provider creates neither row", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    await createCustomerRelationship({ partnerId: pair.provider.partner.id, customerTenantId: customer.tenant.id });
    const invitation = await createJointInvitation(pair);
    const refusal = await refusalOf(accept(customer.admin!.email, invitation.token));
    expect(refusal.message).toBe(
      `${customer.tenant.name} already has a reseller relationship with ${pair.provider.partner.legalName}.`,
    );
    expect((await relationshipsOf(customer.tenant.id)).map((row) => row.partnerId)).toEqual([pair.provider.partner.id]);
  });
});
