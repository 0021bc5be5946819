// R16 pre-flight before an invitation to an indirect reseller is created, and its creation: R2
// region, enrolled reseller (R14: a move counts only after "Accept and continue"), existing
// relationship, pending invitation, yourself, the address belonging to the reseller — all failures
// at once, each naming itself; creation re-runs them and stores only the token's hash.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createResellerInvitation } from "@/lib/provider-reseller-relationships/create-reseller-invitation";
import { preflightResellerInvitation } from "@/lib/provider-reseller-relationships/preflight-reseller-invitation";
import { searchEnrolledResellers } from "@/lib/provider-reseller-relationships/search-enrolled-resellers";
import { signInAs } from "../helpers/actors";
import { sql, testDb } from "../helpers/db";
import {
  createCustomer,
  createInvitation,
  createPartner,
  createProviderResellerRelationship,
  createUser,
  unique,
} from "../helpers/factories";
import {
  createMovedReseller,
  createProvider,
  createReseller,
  inviteReseller,
  pairSnapshot,
  refusalOf,
} from "../helpers/partnerships-fixtures";

const messages = (result: { violations: { message: string }[] }) =>
  result.violations.map((violation) => violation.message);

describe("pre-flight (R16: the rules authorization will run, before anything is sent)", () => {
  it("R2: a reseller in another region is named with both regions", async () => {
    const provider = await createProvider({ countryCode: "DE", name: `Northwind ${unique()}` });
    const reseller = await createReseller({ countryCode: "US", name: `Tailspin ${unique()}` });
    const result = await preflightResellerInvitation(provider.actor, { email: reseller.admin!.email });
    expect(messages(result)).toEqual([
      `R2: ${reseller.partner.legalName} is in North America; ${provider.partner.legalName} is in Europe.`,
    ]);
    expect(result.violations[0].details.rule).toBe("R2");
  });

  it("R16: a reseller in the same region passes, and the pre-flight names R5 steps still missing as information", async () => {
    const provider = await createProvider();
    const reseller = await createReseller({ countryCode: "FR", agreementAccepted: false });
    const result = await preflightResellerInvitation(provider.actor, {
      email: reseller.admin!.email,
      unverifiedResellerId: reseller.partner.id,
    });
    expect(result.violations).toEqual([]);
    expect(result.reseller?.id).toBe(reseller.partner.id);
    expect(result.readiness).toEqual({ ready: false, missing: ["partner_agreement"] });
  });

  it("R14: a moved direct-bill partner that hasn't chosen Accept and continue is not an enrolled reseller; after it, it is", async () => {
    const provider = await createProvider();
    const pending = await createMovedReseller({ acceptedAndContinued: false });
    const picked = await preflightResellerInvitation(provider.actor, {
      email: pending.admin!.email,
      unverifiedResellerId: pending.partner.id,
    });
    expect(picked.violations.map((v) => v.details.rule)).toEqual(["R14"]);
    const byEmail = await preflightResellerInvitation(provider.actor, { email: pending.admin!.email });
    expect(byEmail.violations[0].messageKey).toBe("partnerships.rules.noResellerForEmail");
    expect(await searchEnrolledResellers(provider.actor, pending.partner.pnId)).toEqual([]);

    const done = await createMovedReseller({ acceptedAndContinued: true });
    expect((await preflightResellerInvitation(provider.actor, { email: done.admin!.email })).violations).toEqual([]);
    expect((await searchEnrolledResellers(provider.actor, done.partner.pnId)).map((r) => r.id)).toEqual([
      done.partner.id,
    ]);
  });

  it("not an enrolled reseller: a provider-only partner, a rejected enrollment, a customer's user, an unknown address all get the same answer", async () => {
    const provider = await createProvider();
    const otherProvider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    const rejected = await createPartner({ programs: ["INDIRECT_RESELLER"], status: "REJECTED" });
    const customer = await createCustomer();
    const disabled = await createReseller();
    await testDb().user.update({ where: { id: disabled.admin!.id }, data: { status: "DISABLED" } });
    for (const email of [
      otherProvider.admin!.email,
      rejected.admin!.email,
      customer.admin!.email,
      `nobody-${unique()}@example.test`,
      disabled.admin!.email,
    ]) {
      const result = await preflightResellerInvitation(provider.actor, { email });
      expect(result.reseller).toBeNull();
      expect(messages(result)).toEqual([
        `No enrolled indirect reseller has a user with the email ${email}. Pick the reseller by name or PN ID, or check the address.`,
      ]);
    }
    const picked = await preflightResellerInvitation(provider.actor, {
      email: rejected.admin!.email,
      unverifiedResellerId: rejected.partner.id,
    });
    expect(messages(picked)).toEqual([`${rejected.partner.legalName} is not an enrolled indirect reseller.`]);
  });

  it("with a reseller picked, the address must be an active user of that reseller (nothing said about other tenants)", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const other = await createReseller();
    const result = await preflightResellerInvitation(provider.actor, {
      email: other.admin!.email,
      unverifiedResellerId: reseller.partner.id,
    });
    expect(messages(result)).toEqual([
      `${other.admin!.email} is not a user of ${reseller.partner.legalName}. Enter the work email of one of its Global admins.`,
    ]);
    expect(result.violations[0].details.fieldErrors).toEqual({ email: "partnerships.rules.emailNotInReseller" });
    const agent = await createUser({ tenantId: reseller.tenant.id, agentRole: "ADMIN_AGENT" });
    expect(
      (
        await preflightResellerInvitation(provider.actor, {
          email: agent.email,
          unverifiedResellerId: reseller.partner.id,
        })
      ).violations,
    ).toEqual([]);
    const unknown = await preflightResellerInvitation(provider.actor, {
      email: reseller.admin!.email,
      unverifiedResellerId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.violations[0].messageKey).toBe("partnerships.rules.pickedNotFound");
  });

  it("inviting yourself is refused, by address and by pick", async () => {
    const provider = await createProvider();
    const colleague = await createUser({ tenantId: provider.tenant.id, adminRole: "GLOBAL_ADMIN" });
    expect(messages(await preflightResellerInvitation(provider.actor, { email: colleague.email }))).toEqual([
      "You can't invite your own organization.",
    ]);
    const both = await createPartner({ programs: ["INDIRECT_PROVIDER", "INDIRECT_RESELLER"] });
    const { actor } = await signInAs(both.admin!.email);
    expect(
      messages(
        await preflightResellerInvitation(actor, { email: both.admin!.email, unverifiedResellerId: both.partner.id }),
      ),
    ).toEqual(["You can't invite your own organization."]);
  });

  it("all failures at once: R2, an existing active relationship and a pending invitation (an ended relationship is history and doesn't count)", async () => {
    const provider = await createProvider({ countryCode: "DE" });
    const reseller = await createReseller({ countryCode: "DE" });
    await createProviderResellerRelationship({
      providerId: provider.partner.id,
      resellerId: reseller.partner.id,
      status: "ENDED",
    });
    expect((await preflightResellerInvitation(provider.actor, { email: reseller.admin!.email })).violations).toEqual(
      [],
    );
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: reseller.partner.id });
    const other = await createUser({ tenantId: reseller.tenant.id, adminRole: "GLOBAL_ADMIN" });
    await testDb().invitation.create({
      data: {
        kind: "RESELLER_PARTNERSHIP",
        inviterId: provider.partner.id,
        intendedEmail: other.email,
        intendedTenantKind: "PARTNER",
        targetPartnerId: reseller.partner.id,
        tokenHash: createHash("sha256").update(unique()).digest("hex"),
        expiresAt: new Date(Date.now() + 86400_000),
      },
    });
    await testDb().partnerOrganization.update({ where: { id: reseller.partner.id }, data: { countryCode: "US" } });
    const result = await preflightResellerInvitation(provider.actor, { email: reseller.admin!.email });
    expect(result.violations.map((v) => v.details.rule ?? v.messageKey)).toEqual([
      "R2",
      "partnerships.rules.existing",
      "R16",
    ]);
    expect(messages(result)[1]).toBe(
      `${provider.partner.legalName} is already an indirect provider of ${reseller.partner.legalName}.`,
    );
    expect(messages(result)[2]).toBe(
      `R16: an invitation to ${reseller.partner.legalName} (${other.email}) is still pending. Resend or revoke it on the Indirect resellers page.`,
    );
  });

  it("a pending invitation that has expired still blocks a second one to the same address (resend or revoke it)", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const invitation = await createInvitation({
      inviterId: provider.partner.id,
      kind: "RESELLER_PARTNERSHIP",
      intendedEmail: reseller.admin!.email,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(
      (await preflightResellerInvitation(provider.actor, { email: reseller.admin!.email })).violations.map(
        (v) => v.details.rule,
      ),
    ).toEqual(["R16"]);
    await testDb().invitation.update({ where: { id: invitation.id }, data: { status: "REVOKED" } });
    expect((await preflightResellerInvitation(provider.actor, { email: reseller.admin!.email })).violations).toEqual(
      [],
    );
  });
});

describe("create the invitation (R16)", () => {
  it("R16: PENDING, bound to the reseller and the PARTNER tenant kind, only the hash stored, expiry = database now() + days", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const created = await createResellerInvitation(provider.actor, {
      email: ` ${reseller.admin!.email.toUpperCase()} `,
      expiresInDays: 7,
      locale: "de",
    });
    expect(created.url).toMatch(/\/invitations\/provider\?token=[A-Za-z0-9_-]{43}$/);
    const { rows } = await sql().query(
      `SELECT status, kind, intended_email, intended_tenant_kind, target_partner_id, locale, token_hash, sent_by_user_id, message,
              abs(extract(epoch FROM expires_at - (now() + interval '7 days'))) < 60 AS seven_days
       FROM invitations WHERE id = $1`,
      [created.invitationId],
    );
    expect(rows[0]).toEqual({
      status: "PENDING",
      kind: "RESELLER_PARTNERSHIP",
      intended_email: reseller.admin!.email,
      intended_tenant_kind: "PARTNER",
      target_partner_id: reseller.partner.id,
      locale: "de",
      token_hash: createHash("sha256").update(created.token).digest("hex"),
      sent_by_user_id: provider.actor.userId,
      message: null,
      seven_days: true,
    });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: created.invitationId } });
    expect(audit).toMatchObject({ tenantId: provider.tenant.id, action: "invitation.created" });
    expect(JSON.stringify(audit)).not.toContain(created.token);
    const defaults = await createResellerInvitation(provider.actor, {
      email: (await createUser({ tenantId: (await createReseller()).tenant.id })).email,
    });
    const {
      rows: [row],
    } = await sql().query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 86400) AS days FROM invitations WHERE id = $1`,
      [defaults.invitationId],
    );
    expect(row.days).toBe("30");
  });

  it("R16: the lifetime is 1–90 days; anything else is a field message and nothing is written", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const before = await pairSnapshot([provider.tenant.id], [provider.partner.id]);
    for (const days of [0, 91, 1.5, "x"]) {
      const refusal = await refusalOf(
        createResellerInvitation(provider.actor, { email: reseller.admin!.email, expiresInDays: days as number }),
      );
      expect(refusal.details.fieldErrors).toEqual({ expiresInDays: "partnerships.invite.daysInvalid" });
    }
    expect((await refusalOf(createResellerInvitation(provider.actor, { email: "not an email" }))).code).toBe(
      "VALIDATION",
    );
    expect(await pairSnapshot([provider.tenant.id], [provider.partner.id])).toEqual(before);
  });

  it("R2: creation re-runs the pre-flight and refuses with the first failure; nothing is written", async () => {
    const provider = await createProvider({ countryCode: "DE" });
    const reseller = await createReseller({ countryCode: "US" });
    const before = await pairSnapshot(
      [provider.tenant.id, reseller.tenant.id],
      [provider.partner.id, reseller.partner.id],
    );
    const refusal = await refusalOf(inviteReseller(provider, reseller));
    expect(refusal.details.rule).toBe("R2");
    expect(
      await pairSnapshot([provider.tenant.id, reseller.tenant.id], [provider.partner.id, reseller.partner.id]),
    ).toEqual(before);
  });

  it("R16: two concurrent invitations to the same reseller create one pending invitation", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const results = await Promise.allSettled([
      inviteReseller(provider, reseller),
      inviteReseller(provider, reseller),
      inviteReseller(provider, reseller),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results)
      if (result.status === "rejected")
        expect((result.reason as { details: { rule: string } }).details.rule).toBe("R16");
    expect(await testDb().invitation.count({ where: { inviterId: provider.partner.id, status: "PENDING" } })).toBe(1);
  });

  it("the picker finds enrolled resellers by name or PN ID prefix, never the provider itself", async () => {
    const provider = await createProvider();
    const tag = unique();
    const reseller = await createReseller({ name: `Picker ${tag}` });
    await createPartner({ programs: ["INDIRECT_PROVIDER"], name: `Picker ${tag} Provider` });
    expect((await searchEnrolledResellers(provider.actor, `picker ${tag}`)).map((r) => r.id)).toEqual([
      reseller.partner.id,
    ]);
    expect(
      (await searchEnrolledResellers(provider.actor, reseller.partner.pnId.slice(0, 8))).map((r) => r.id),
    ).toContain(reseller.partner.id);
    expect(await searchEnrolledResellers(provider.actor, "%")).toEqual([]);
    expect(await searchEnrolledResellers(provider.actor, "p")).toEqual([]);
  });
});
