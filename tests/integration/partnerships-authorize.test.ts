// "Authorize indirect provider" (R6, R16, R2, R14) and every state of the landing page: only a
// Global admin of the invited reseller authorizes; single use under concurrency (20 clicks → one
// relationship, one email); expiry by the database clock; the wrong tenant (another partner or a
// customer tenant's Global admin) can't; opening the link changes nothing.
import { describe, expect, it } from "vitest";
import { authorizeIndirectProvider } from "@/lib/provider-reseller-relationships/authorize-indirect-provider";
import { getProviderInvitationLanding } from "@/lib/provider-reseller-relationships/get-provider-invitation-landing";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { signInAs } from "../helpers/actors";
import { sql, testDb } from "../helpers/db";
import { createCustomer, createInvitation, createPartner, unique } from "../helpers/factories";
import {
  createMovedReseller,
  createProvider,
  createReseller,
  inviteReseller,
  pairSnapshot,
  refusalOf,
  userWithRoles,
} from "../helpers/partnerships-fixtures";

async function pair(input: { resellerCountry?: string } = {}) {
  const provider = await createProvider();
  const reseller = await createReseller({ countryCode: input.resellerCountry ?? "DE" });
  const invitation = await inviteReseller(provider, reseller);
  const resellerAdmin = (await signInAs(reseller.admin!.email)).actor;
  const snapshot = () =>
    pairSnapshot([provider.tenant.id, reseller.tenant.id], [provider.partner.id, reseller.partner.id]);
  return { provider, reseller, invitation, resellerAdmin, snapshot };
}

describe("authorize (R6, R16)", () => {
  it("R6/R16: the reseller's Global admin authorizes once: relationship with the invitation, audits in both tenants, one email to the provider", async () => {
    const { provider, reseller, invitation, resellerAdmin } = await pair();
    const result = await authorizeIndirectProvider(resellerAdmin, { token: invitation.token });
    expect(result).toMatchObject({
      providerName: provider.partner.legalName,
      resellerName: reseller.partner.legalName,
    });
    const relationship = await testDb().providerResellerRelationship.findUniqueOrThrow({
      where: { id: result.relationshipId },
    });
    expect(relationship).toMatchObject({
      providerId: provider.partner.id,
      resellerId: reseller.partner.id,
      status: "ACTIVE",
      invitationId: invitation.invitationId,
    });
    const row = await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(row).toMatchObject({
      status: "ACCEPTED",
      acceptedByUserId: resellerAdmin.userId,
      acceptedTenantId: reseller.tenant.id,
    });
    const audits = await testDb().auditEvent.findMany({
      where: {
        OR: [{ targetId: relationship.id }, { targetId: invitation.invitationId, action: "invitation.accepted" }],
      },
    });
    expect(
      audits.map((a) => `${a.action}@${a.tenantId === provider.tenant.id ? "provider" : "reseller"}`).sort(),
    ).toEqual([
      "invitation.accepted@provider",
      "relationship.provider_authorized@provider",
      "relationship.provider_authorized@reseller",
    ]);
    const emails = await testDb().outboxEmail.findMany({
      where: { template: "relationship-notice", tenantId: provider.tenant.id },
    });
    expect(emails.map((e) => e.toAddress)).toEqual([provider.admin!.email]); // the sender
    expect(emails[0].subject).toBe(
      `${reseller.partner.legalName} authorized ${provider.partner.legalName} as indirect provider`,
    );

    // R16 single use: the same link again is refused, nothing more is written.
    const refusal = await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: invitation.token }));
    expect(refusal).toMatchObject({ code: "CONFLICT", details: { rule: "R16" } });
    expect(await testDb().providerResellerRelationship.count({ where: { resellerId: reseller.partner.id } })).toBe(1);
  });

  it("R16: 20 concurrent authorizations of one invitation create exactly one relationship and one email", async () => {
    const { provider, reseller, invitation, resellerAdmin } = await pair();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => authorizeIndirectProvider(resellerAdmin, { token: invitation.token })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code: string }).code).toBe("CONFLICT");
    expect(
      await testDb().providerResellerRelationship.count({
        where: { providerId: provider.partner.id, resellerId: reseller.partner.id },
      }),
    ).toBe(1);
    expect(
      await testDb().outboxEmail.count({ where: { template: "relationship-notice", tenantId: provider.tenant.id } }),
    ).toBe(1);
    expect(
      await testDb().auditEvent.count({
        where: { action: "relationship.provider_authorized", tenantId: reseller.tenant.id },
      }),
    ).toBe(1);
  });

  it("R6: an Admin agent, a User management admin or a user without roles of the invited reseller can't; they're told who can; nothing changes", async () => {
    const { reseller, invitation, snapshot } = await pair();
    const second = await userWithRoles(
      reseller.tenant.id,
      { agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" },
      `Gina Global ${unique()}`,
    );
    const before = await snapshot();
    for (const roles of [
      { agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" },
      { agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" },
      { agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
    ] as const) {
      const actor = await userWithRoles(reseller.tenant.id, roles);
      const refusal = await refusalOf(authorizeIndirectProvider(actor, { token: invitation.token }));
      expect(refusal).toMatchObject({ code: "FORBIDDEN", details: { rule: "R6" } });
      expect(refusal.message).toContain(second.name);
      expect(refusal.message).toContain(reseller.admin!.name);
      const landing = await getProviderInvitationLanding(invitation.token, actor);
      expect(landing).toMatchObject({ state: "notGlobalAdmin" });
      expect(landing.state === "notGlobalAdmin" && landing.globalAdmins).toContain(second.name);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("R16: the wrong tenant can't authorize: another reseller's Global admin, a customer tenant's Global admin, the provider itself", async () => {
    const { provider, invitation, snapshot } = await pair();
    const otherReseller = await createReseller();
    const customer = await createCustomer();
    const before = await snapshot();
    for (const email of [otherReseller.admin!.email, customer.admin!.email, provider.admin!.email]) {
      const { actor } = await signInAs(email);
      const refusal = await refusalOf(authorizeIndirectProvider(actor, { token: invitation.token }));
      expect(refusal).toMatchObject({
        code: "FORBIDDEN",
        messageKey: "partnerships.landing.wrongTenant.body",
        details: { rule: "R16" },
      });
      expect(await getProviderInvitationLanding(invitation.token, actor)).toMatchObject({
        state: "wrongTenant",
        tenantName: actor.tenantName,
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("R16: expiry is decided by the database clock, and an expired, revoked or resent-away link can't be used", async () => {
    const { provider, invitation, resellerAdmin, snapshot } = await pair();
    await sql().query("UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1", [
      invitation.invitationId,
    ]);
    let before = await snapshot();
    expect(await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: invitation.token }))).toMatchObject({
      messageKey: "partnerships.landing.expired.body",
      details: { rule: "R16" },
    });
    expect(await getProviderInvitationLanding(invitation.token, resellerAdmin)).toMatchObject({ state: "expired" });
    expect(await snapshot()).toEqual(before);

    const resent = await resendInvitation(
      provider.actor,
      { unverifiedInvitationId: invitation.invitationId },
      RESELLER_INVITATION_KINDS,
    );
    before = await snapshot();
    expect((await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: invitation.token }))).code).toBe(
      "NOT_FOUND",
    ); // the old link died
    expect(await getProviderInvitationLanding(invitation.token, resellerAdmin)).toEqual({ state: "invalid" });
    expect(await getProviderInvitationLanding(resent.token, resellerAdmin)).toMatchObject({ state: "ready" });
    await revokeInvitation(
      provider.actor,
      { unverifiedInvitationId: invitation.invitationId },
      RESELLER_INVITATION_KINDS,
    );
    before = await snapshot();
    expect(await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: resent.token }))).toMatchObject({
      messageKey: "partnerships.landing.revoked.body",
      details: { rule: "R16" },
    });
    expect(await getProviderInvitationLanding(resent.token, null)).toMatchObject({ state: "revoked" });
    expect(await snapshot()).toEqual(before);
  });

  it("R2 and R14 are checked again on authorization; the refusal is stamped on the invitation for the provider", async () => {
    const { reseller, invitation, resellerAdmin } = await pair();
    await testDb().partnerOrganization.update({ where: { id: reseller.partner.id }, data: { countryCode: "US" } });
    expect(await getProviderInvitationLanding(invitation.token, resellerAdmin)).toMatchObject({ state: "blocked" });
    const refusal = await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: invitation.token }));
    expect(refusal.message).toMatch(/^R2: .* is in North America; .* is in Europe\.$/);
    const row = await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(row).toMatchObject({ status: "PENDING", lastRefusalRule: "R2" });
    expect(
      await testDb().auditEvent.count({ where: { targetId: invitation.invitationId, action: "invitation.refused" } }),
    ).toBe(1);
    expect(await testDb().providerResellerRelationship.count({ where: { resellerId: reseller.partner.id } })).toBe(0);

    const provider = await createProvider();
    const moved = await createMovedReseller({ acceptedAndContinued: true });
    const movedInvitation = await inviteReseller(provider, moved);
    await testDb().agreementAcceptance.deleteMany({
      where: { partnerId: moved.partner.id, kind: "INDIRECT_RESELLER_AGREEMENT" },
    });
    const movedAdmin = (await signInAs(moved.admin!.email)).actor;
    expect(
      (await refusalOf(authorizeIndirectProvider(movedAdmin, { token: movedInvitation.token }))).details.rule,
    ).toBe("R14");
  });

  it("a provider whose program is no longer approved can't be authorized", async () => {
    const { provider, invitation, resellerAdmin } = await pair();
    await testDb().programEnrollment.updateMany({
      where: { partnerId: provider.partner.id },
      data: { status: "REJECTED" },
    });
    const refusal = await refusalOf(authorizeIndirectProvider(resellerAdmin, { token: invitation.token }));
    expect(refusal.message).toBe(`${provider.partner.legalName} is not an active indirect provider.`);
    expect((await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } })).status).toBe(
      "PENDING",
    );
  });

  it("a reseller can have several providers", async () => {
    const reseller = await createReseller();
    const admin = (await signInAs(reseller.admin!.email)).actor;
    for (const provider of [await createProvider(), await createProvider()]) {
      const invitation = await inviteReseller(provider, reseller);
      await authorizeIndirectProvider(admin, { token: invitation.token });
    }
    expect(
      await testDb().providerResellerRelationship.count({
        where: { resellerId: reseller.partner.id, status: "ACTIVE" },
      }),
    ).toBe(2);
  });
});

describe("landing page states (R16: opening the link changes nothing)", () => {
  it("R16: invalid, signed out, ready, accepted — and reading never writes", async () => {
    const { provider, invitation, resellerAdmin, snapshot } = await pair();
    const before = await snapshot();
    expect(await getProviderInvitationLanding("not-a-token", null)).toEqual({ state: "invalid" });
    expect(await getProviderInvitationLanding("A".repeat(43), null)).toEqual({ state: "invalid" });
    const signedOut = await getProviderInvitationLanding(invitation.token, null);
    expect(signedOut).toMatchObject({
      state: "signedOut",
      invitation: {
        providerName: provider.partner.legalName,
        providerPnId: provider.partner.pnId,
        providerRegion: "EUROPE",
      },
    });
    expect(await getProviderInvitationLanding(invitation.token, resellerAdmin)).toMatchObject({ state: "ready" });
    expect(await snapshot()).toEqual(before);
    await authorizeIndirectProvider(resellerAdmin, { token: invitation.token });
    expect(await getProviderInvitationLanding(invitation.token, resellerAdmin)).toMatchObject({
      state: "accepted",
      ownOrganization: true,
    });
    expect(await getProviderInvitationLanding(invitation.token, null)).toMatchObject({
      state: "accepted",
      ownOrganization: false,
    });
  });

  it("R16: declined, and a customer invitation's token is not a provider invitation", async () => {
    const { invitation } = await pair();
    await testDb().invitation.update({
      where: { id: invitation.invitationId },
      data: { status: "DECLINED", declinedAt: new Date() },
    });
    expect(await getProviderInvitationLanding(invitation.token, null)).toMatchObject({ state: "declined" });
    const partner = await createPartner();
    const customerInvitation = await createInvitation({ inviterId: partner.partner.id, kind: "CUSTOMER_RELATIONSHIP" });
    expect(await getProviderInvitationLanding(customerInvitation.token, null)).toEqual({ state: "invalid" });
  });
});
