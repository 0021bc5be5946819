// R16 on the customer side, what binds a link: only its CURRENT token acts (a resend kills the old
// one, even for a request already past the lookup: the conditional UPDATE matches the token's
// hash), the request is personalized per invitee (an address of a known tenant binds it to that
// tenant), account creation is throttled before anything is written, and R5's read of the
// provider–reseller relationship is share-locked against the operator ending it (R15).
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { claimInvitation } from "@/lib/invitations/find-invitation";
import { createCustomerAccountAndAccept } from "@/lib/customer-invitations/create-customer-account-and-accept";
import { declineCustomerInvitation } from "@/lib/customer-invitations/decline-customer-invitation";
import { getCustomerInvitationLanding } from "@/lib/customer-invitations/get-customer-invitation-landing";
import { signInAs } from "../helpers/actors";
import {
  auditEventsOf,
  createCustomerInvitation,
  createJointInvitation,
  createLinkedPair,
  invitationRow,
  refusalOf,
  relationshipsOf,
} from "../helpers/customer-invitation-fixtures";
import { sql, testDb } from "../helpers/db";
import { createCustomer, createPartner, unique } from "../helpers/factories";

const PASSWORD = "a-long-customer-passphrase-2026";
const actorOf = async (email: string): Promise<SessionUser> => (await signInAs(email)).actor;
const meta = (ip = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) => ({
  locale: "en" as const,
  ip,
});
const account = (domain = `contoso-${unique()}.example`) => ({
  organizationName: `Contoso ${unique()}`,
  domain,
  countryCode: "DE",
  adminName: "Cam Contoso",
  email: `cam@${domain}`,
  password: PASSWORD,
  confirmPassword: PASSWORD,
});
const viewerOf = (actor: SessionUser, tenant: { id: string; name: string }) => ({
  userId: actor.userId,
  tenantId: tenant.id,
  tenantKind: "CUSTOMER" as const,
  tenantName: tenant.name,
  adminRole: "GLOBAL_ADMIN",
});

/** What "Resend" does to the row: a new token, only its hash stored; the old token dies. */
async function resend(invitationId: string) {
  const token = randomBytes(32).toString("base64url");
  await testDb().invitation.update({
    where: { id: invitationId },
    data: { tokenHash: createHash("sha256").update(token).digest("hex") },
  });
  return token;
}

/** Everything acceptance or declining could have written for an invitation. */
const traceOf = async (invitationId: string, customerTenantId: string) => ({
  invitation: await invitationRow(invitationId),
  relationships: await relationshipsOf(customerTenantId),
  events: await testDb().auditEvent.count({ where: { targetId: invitationId } }),
});

describe("R16 only the current token acts", () => {
  it("R16 after a resend the old token is refused by accept, decline and create-account; the new one accepts", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
      intendedEmail: null,
    });
    const fresh = await resend(invitation.id);
    const admin = await actorOf(customer.admin!.email);
    const before = await traceOf(invitation.id, customer.tenant.id);

    expect(await refusalOf(acceptCustomerInvitation(admin, { token: invitation.token }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusalOf(declineCustomerInvitation(admin, { token: invitation.token }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const input = account();
    expect(await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta()))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await testDb().tenant.count({ where: { primaryDomain: input.domain } })).toBe(0);
    expect(await traceOf(invitation.id, customer.tenant.id)).toEqual(before);

    await acceptCustomerInvitation(admin, { token: fresh });
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "ACCEPTED",
      acceptedTenantId: customer.tenant.id,
    });
  });

  it("R16 the claim's conditional UPDATE matches the token's hash: a request past the lookup with the old token claims nothing", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id, intendedEmail: null });
    const fresh = await resend(invitation.id); // between the request's lookup and its claim
    const by = { userId: customer.admin!.id, tenantId: customer.tenant.id };

    expect(await testDb().$transaction((tx) => claimInvitation(tx, invitation.id, invitation.token, by))).toBeNull();
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "PENDING",
      acceptedAt: null,
      acceptedTenantId: null,
    });
    expect(await testDb().$transaction((tx) => claimInvitation(tx, invitation.id, fresh, by))).toMatchObject({
      id: invitation.id,
      status: "ACCEPTED",
    });
  });
});

describe("R16 personalized per invitee", () => {
  it("R16 an address of an existing user: only that user's tenant may accept or decline; another tenant is 'signed in to the wrong organization' and changes nothing", async () => {
    const partner = await createPartner();
    const intended = await createCustomer();
    const other = await createCustomer();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
      intendedEmail: intended.admin!.email,
    });
    const stranger = await actorOf(other.admin!.email);
    const before = await traceOf(invitation.id, other.tenant.id);

    expect(await getCustomerInvitationLanding(invitation.token, viewerOf(stranger, other.tenant))).toMatchObject({
      state: "PENDING",
      viewer: { kind: "WRONG_TENANT", tenantName: other.tenant.name },
    });
    // One at a time: a second promise started early would reject unobserved while the first is awaited.
    for (const attempt of [
      () => acceptCustomerInvitation(stranger, { token: invitation.token }),
      () => declineCustomerInvitation(stranger, { token: invitation.token }),
    ]) {
      expect(await refusalOf(attempt())).toMatchObject({
        code: "FORBIDDEN",
        message: `R16: you are signed in to ${other.tenant.name}, which is not the organization this request was sent to. Sign out and sign in with a work account of the invited organization.`,
        messageKey: "invites.landing.wrongTenantBody",
        details: { rule: "R16" },
      });
    }
    expect(await traceOf(invitation.id, other.tenant.id)).toEqual(before);
    expect(before.invitation).toMatchObject({ status: "PENDING", lastRefusedAt: null });

    const owner = await actorOf(intended.admin!.email);
    expect(await getCustomerInvitationLanding(invitation.token, viewerOf(owner, intended.tenant))).toMatchObject({
      viewer: { kind: "READY" },
    });
    await acceptCustomerInvitation(owner, { token: invitation.token });
    expect(await relationshipsOf(intended.tenant.id)).toMatchObject([{ partnerId: partner.partner.id }]);
  });

  it("R16 an address at a tenant's primary domain binds the request to that tenant: others and a new account are refused", async () => {
    const partner = await createPartner();
    const intended = await createCustomer();
    const other = await createCustomer();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      intendedEmail: `buyer-${unique()}@${intended.tenant.primaryDomain}`,
    });
    const stranger = await actorOf(other.admin!.email);

    expect(await refusalOf(declineCustomerInvitation(stranger, { token: invitation.token }))).toMatchObject({
      code: "FORBIDDEN",
      details: { rule: "R16" },
    });
    const input = account();
    expect(await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta()))).toMatchObject({
      code: "FORBIDDEN",
      messageKey: "invites.account.intendedTenantExists",
      details: { rule: "R16" },
    });
    expect(await testDb().tenant.count({ where: { primaryDomain: input.domain } })).toBe(0);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusedAt: null });
    await declineCustomerInvitation(await actorOf(intended.admin!.email), { token: invitation.token });
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "DECLINED" });
  });

  it("R16 an unknown address (the partner guessed it): any customer tenant's Global admin may accept", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      intendedEmail: `cfo@guessed-${unique()}.example`,
    });
    const admin = await actorOf(customer.admin!.email);
    expect(await getCustomerInvitationLanding(invitation.token, viewerOf(admin, customer.tenant))).toMatchObject({
      viewer: { kind: "READY" },
    });
    await acceptCustomerInvitation(admin, { token: invitation.token });
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "ACCEPTED",
      acceptedTenantId: customer.tenant.id,
    });
  });

  it("R16 creating an account for an unknown address uses that address's domain as the primary domain; another domain gets a field message", async () => {
    const partner = await createPartner();
    const domain = `fourth-coffee-${unique()}.example`;
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      intendedEmail: `pat@${domain}`,
    });
    const elsewhere = account();
    const refusal = (await refusalOf(
      createCustomerAccountAndAccept(invitation.token, elsewhere, meta()),
    )) as unknown as { code: string; details: { fieldErrors: Record<string, string>; vars: Record<string, string> } };
    expect(refusal).toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { domain: "invites.account.domainNotIntended" }, vars: { domain } },
    });
    expect(await testDb().tenant.count({ where: { primaryDomain: elsewhere.domain } })).toBe(0);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusedAt: null });

    const result = await createCustomerAccountAndAccept(invitation.token, account(domain), meta());
    expect(await testDb().tenant.findUnique({ where: { id: result.tenantId } })).toMatchObject({
      primaryDomain: domain,
    });
  });
});

describe("R16 create-account throttling comes first", () => {
  it("R16 R1 a client over the account-creation limit is throttled before the rule pre-check writes a refusal", async () => {
    const partner = await createPartner({ countryCode: "DE" });
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id, intendedEmail: null });
    const ip = `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const key = createHash("sha256").update(`signin:ip:create-account:${ip}`).digest("hex");
    await testDb()
      .$executeRaw`INSERT INTO rate_limit_buckets (key, count, reset_at) VALUES (${key}, 50, now() + interval '15 minutes')`;

    const input = { ...account(), countryCode: "US" }; // R1 would refuse it (a customer in North America)
    expect(await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta(ip)))).toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await auditEventsOf("invitation.refused", invitation.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "PENDING",
      lastRefusedAt: null,
      lastRefusalRule: null,
    });
  });
});

describe("R5 R15 a joint acceptance and the operator ending the partnership don't both commit", () => {
  it("R5 R15 acceptance waits for an uncommitted end of the provider–reseller relationship and then sees it ENDED", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair, { intendedEmail: null });
    const admin = await actorOf(customer.admin!.email);

    const operator = await sql().connect();
    try {
      await operator.query("BEGIN");
      await operator.query(
        "UPDATE provider_reseller_relationships SET status = 'ENDED', ended_at = now() WHERE id = $1",
        [pair.link.id],
      );
      let settled = false;
      const acceptance = refusalOf(acceptCustomerInvitation(admin, { token: invitation.token })).finally(() => {
        settled = true;
      });
      // The acceptance's FOR SHARE read queues behind the end's row lock (no clock involved: ask PostgreSQL).
      while (!settled) {
        const waiting = await sql().query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%FOR SHARE%'",
        );
        if (waiting.rows[0].n > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      await operator.query("COMMIT");
      expect(await acceptance).toMatchObject({
        code: "RULE",
        messageKey: "invites.accept.R5noRelationship",
        details: { rule: "R5" },
      });
    } finally {
      operator.release();
    }
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R5" });
  });
});
