// R16 invitation links, the kind-agnostic helpers (lib/invitations): Send of a draft (token posted
// back, hash only stored), Resend (new token, the old link dies, new expiry by the database
// clock), Revoke, another partner's invitation answering NOT_FOUND without any change, and the
// per-partner hourly limit on invitation emails.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import type { DomainError } from "@/lib/errors";
import { errorState } from "@/lib/forms";
import { translator } from "@/lib/i18n/translate";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/customer-invitations/customer-invitation-kinds";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { signInAs } from "../helpers/actors";
import { sql, testDb } from "../helpers/db";
import { createInvitation, createPartner, createUser, unique } from "../helpers/factories";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return "OK";
}

async function stateOf(invitationId: string, tenantId: string) {
  const [invitation, audits, emails] = await Promise.all([
    testDb().invitation.findUnique({ where: { id: invitationId }, omit: { tokenHash: false } }),
    testDb().auditEvent.count({ where: { targetId: invitationId } }),
    testDb().outboxEmail.count({ where: { tenantId } }),
  ]);
  return { invitation, audits, emails };
}

let provider: Awaited<ReturnType<typeof createPartner>>;
let actor: SessionUser;

beforeAll(async () => {
  provider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
  actor = (await signInAs(provider.admin!.email)).actor;
});

const resellerInvitation = () =>
  createInvitation({
    inviterId: provider.partner.id,
    kind: "RESELLER_PARTNERSHIP",
    intendedEmail: `ga-${unique()}@reseller.example`,
  });

describe("R16 send a draft", () => {
  it("R16: only the token's SHA-256 is stored; Send stores the edited text and enqueues the email with the link", async () => {
    const invitation = await resellerInvitation();
    const row = await testDb().invitation.findUniqueOrThrow({
      where: { id: invitation.id },
      omit: { tokenHash: false },
    });
    expect(row.tokenHash).toBe(sha256(invitation.token));
    const { rows } = await sql().query("SELECT row_to_json(i)::text AS json FROM invitations i WHERE id = $1", [
      invitation.id,
    ]);
    expect(rows[0].json).not.toContain(invitation.token);

    const result = await sendInvitationEmail(
      actor,
      {
        unverifiedInvitationId: invitation.id,
        token: invitation.token,
        text: "  Hello partner,\r\nlet's work together.\u0007 ",
      },
      RESELLER_INVITATION_KINDS,
    );
    expect(result).toMatchObject({ to: invitation.intendedEmail, alreadySent: false });
    const after = await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(after.message).toBe("Hello partner,\nlet's work together.");
    expect(after.sentByUserId).toBe(actor.userId);
    const email = await testDb().outboxEmail.findFirstOrThrow({
      where: { tenantId: provider.tenant.id, toAddress: invitation.intendedEmail! },
    });
    expect(email.template).toBe("reseller-invitation");
    expect(email.text).toContain(`/invitations/provider?token=${invitation.token}`);
    expect(email.text).toContain("let's work together.");
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { targetId: invitation.id, action: "invitation.sent" },
    });
    expect(audit.tenantId).toBe(provider.tenant.id);
    expect(audit.after).toMatchObject({ to: invitation.intendedEmail });
  });

  it("R16: a double submit of Send enqueues one email", async () => {
    const invitation = await resellerInvitation();
    const input = { unverifiedInvitationId: invitation.id, token: invitation.token, text: "Hi" };
    const results = await Promise.all([
      sendInvitationEmail(actor, input, RESELLER_INVITATION_KINDS),
      sendInvitationEmail(actor, input, RESELLER_INVITATION_KINDS),
    ]);
    expect(results.filter((result) => !result.alreadySent)).toHaveLength(1);
    expect(await testDb().outboxEmail.count({ where: { toAddress: invitation.intendedEmail! } })).toBe(1);
  });

  it("R16: a wrong token, an expired or a revoked invitation is refused and nothing changes", async () => {
    const invitation = await resellerInvitation();
    const other = await resellerInvitation();
    const before = await stateOf(invitation.id, provider.tenant.id);
    expect(
      await codeOf(
        sendInvitationEmail(
          actor,
          { unverifiedInvitationId: invitation.id, token: other.token, text: "x" },
          RESELLER_INVITATION_KINDS,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        sendInvitationEmail(
          actor,
          { unverifiedInvitationId: invitation.id, token: "short", text: "x" },
          RESELLER_INVITATION_KINDS,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(await stateOf(invitation.id, provider.tenant.id)).toEqual(before);

    await sql().query("UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1", [invitation.id]);
    const expired = await stateOf(invitation.id, provider.tenant.id);
    await expect(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: invitation.id, token: invitation.token, text: "x" },
        RESELLER_INVITATION_KINDS,
      ),
    ).rejects.toMatchObject({ code: "RULE", details: { rule: "R16" } });
    expect(await stateOf(invitation.id, provider.tenant.id)).toEqual(expired);

    const revoked = await createInvitation({
      inviterId: provider.partner.id,
      kind: "RESELLER_PARTNERSHIP",
      status: "REVOKED",
    });
    await expect(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: revoked.id, token: revoked.token, text: "x" },
        RESELLER_INVITATION_KINDS,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("R16: a reseller invitation keeps the address its pre-flight checked; a customer request takes one at Send", async () => {
    const invitation = await resellerInvitation();
    await expect(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: invitation.id, token: invitation.token, text: "x", to: "someone-else@example.test" },
        RESELLER_INVITATION_KINDS,
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { to: "partnerships.invitation.recipientFixed" } },
    });

    const request = await createInvitation({ inviterId: provider.partner.id, kind: "CUSTOMER_RELATIONSHIP" });
    await testDb().invitation.update({ where: { id: request.id }, data: { intendedEmail: null } });
    await expect(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: request.id, token: request.token, text: "x" },
        CUSTOMER_INVITATION_KINDS,
      ),
    ).rejects.toMatchObject({
      details: { fieldErrors: { to: "partnerships.invitation.emailRequired" } },
    });
    const to = `Buyer-${unique()}@Customer.example`;
    await sendInvitationEmail(
      actor,
      { unverifiedInvitationId: request.id, token: request.token, text: "Please accept", to },
      CUSTOMER_INVITATION_KINDS,
    );
    expect((await testDb().invitation.findUniqueOrThrow({ where: { id: request.id } })).intendedEmail).toBe(
      to.toLowerCase(),
    );
    const email = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: to.toLowerCase() } });
    expect(email.template).toBe("customer-invitation");
    expect(email.text).toContain(`/invitations/customer?token=${request.token}`);
  });
});

describe("R16 resend", () => {
  it("R16: resend gives a new token, the old link dies at once, and the expiry restarts from the database clock", async () => {
    const invitation = await resellerInvitation();
    await sql().query(
      "UPDATE invitations SET created_at = now() - interval '20 days', expires_at = now() - interval '6 days' WHERE id = $1",
      [invitation.id],
    );
    const result = await resendInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS);
    expect(result.token).not.toBe(invitation.token);
    expect(result.url).toContain(`/invitations/provider?token=${result.token}`);
    expect(await testDb().invitation.count({ where: { tokenHash: sha256(invitation.token) } })).toBe(0);
    const { rows } = await sql().query(
      `SELECT token_hash, resent_at IS NOT NULL AS resent, round(extract(epoch FROM expires_at - now()) / 86400) AS days FROM invitations WHERE id = $1`,
      [invitation.id],
    );
    expect(rows[0]).toMatchObject({ token_hash: sha256(result.token), resent: true, days: "14" }); // the original lifetime: 14 days
    expect(result.emailedTo).toBe(invitation.intendedEmail);
    const email = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: invitation.intendedEmail! } });
    expect(email.text).toContain(result.token);
    expect(await testDb().auditEvent.count({ where: { targetId: invitation.id, action: "invitation.resent" } })).toBe(
      1,
    );
  });

  it("R16: a customer request without an address is resent without email; the new link is returned", async () => {
    const request = await createInvitation({ inviterId: provider.partner.id, kind: "CUSTOMER_RELATIONSHIP" });
    await testDb().invitation.update({ where: { id: request.id }, data: { intendedEmail: null } });
    const emails = await testDb().outboxEmail.count({ where: { tenantId: provider.tenant.id } });
    const result = await resendInvitation(actor, { unverifiedInvitationId: request.id }, CUSTOMER_INVITATION_KINDS);
    expect(result.emailedTo).toBeNull();
    expect(result.url).toContain(`/invitations/customer?token=${result.token}`);
    expect(await testDb().outboxEmail.count({ where: { tenantId: provider.tenant.id } })).toBe(emails);
  });

  it("R16: an accepted invitation can't be resent", async () => {
    const accepted = await createInvitation({
      inviterId: provider.partner.id,
      kind: "RESELLER_PARTNERSHIP",
      status: "ACCEPTED",
    });
    const before = await stateOf(accepted.id, provider.tenant.id);
    await expect(
      resendInvitation(actor, { unverifiedInvitationId: accepted.id }, RESELLER_INVITATION_KINDS),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { rule: "R16" } });
    expect(await stateOf(accepted.id, provider.tenant.id)).toEqual(before);
  });
});

describe("R16 revoke", () => {
  it("R16: revoke turns a pending (also an expired) invitation into REVOKED once, with an audit event", async () => {
    const invitation = await resellerInvitation();
    await sql().query("UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1", [invitation.id]);
    await revokeInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS);
    const row = await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.status).toBe("REVOKED");
    expect(row.revokedAt).not.toBeNull();
    expect(
      await testDb().auditEvent.count({
        where: { targetId: invitation.id, action: "invitation.revoked", tenantId: provider.tenant.id },
      }),
    ).toBe(1);
    await expect(
      revokeInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      resendInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("another partner's invitation and the permission by kind", () => {
  it("R16: send, resend and revoke of another partner's invitation answer NOT_FOUND and change nothing", async () => {
    const other = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    const invitation = await createInvitation({ inviterId: other.partner.id, kind: "RESELLER_PARTNERSHIP" });
    const before = await stateOf(invitation.id, other.tenant.id);
    expect(
      await codeOf(
        sendInvitationEmail(
          actor,
          { unverifiedInvitationId: invitation.id, token: invitation.token, text: "x" },
          RESELLER_INVITATION_KINDS,
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(resendInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(revokeInvitation(actor, { unverifiedInvitationId: invitation.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(revokeInvitation(actor, { unverifiedInvitationId: "not-a-uuid" }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(await stateOf(invitation.id, other.tenant.id)).toEqual(before);
  });

  it("P-reseller-invite / P-customer-request: a Sales agent handles customer requests but not reseller invitations; a Helpdesk agent neither", async () => {
    const sales = (await signInAs((await createUser({ tenantId: provider.tenant.id, agentRole: "SALES_AGENT" })).email))
      .actor;
    const helpdesk = (
      await signInAs((await createUser({ tenantId: provider.tenant.id, agentRole: "HELPDESK_AGENT" })).email)
    ).actor;
    const reseller = await resellerInvitation();
    const request = await createInvitation({ inviterId: provider.partner.id, kind: "CUSTOMER_RELATIONSHIP" });
    const before = await stateOf(reseller.id, provider.tenant.id);
    expect(
      await codeOf(revokeInvitation(sales, { unverifiedInvitationId: reseller.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(resendInvitation(sales, { unverifiedInvitationId: reseller.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(revokeInvitation(helpdesk, { unverifiedInvitationId: reseller.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(await stateOf(reseller.id, provider.tenant.id)).toEqual(before);
    const requestBefore = await stateOf(request.id, provider.tenant.id);
    expect(
      await codeOf(revokeInvitation(helpdesk, { unverifiedInvitationId: request.id }, CUSTOMER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(await stateOf(request.id, provider.tenant.id)).toEqual(requestBefore);
    expect(
      await codeOf(revokeInvitation(sales, { unverifiedInvitationId: request.id }, CUSTOMER_INVITATION_KINDS)),
    ).toBe("OK");
  });

  it("R16: the reseller page's revoke can't revoke a customer invitation, nor the customer page's a reseller invitation (NOT_FOUND, unchanged)", async () => {
    const request = await createInvitation({ inviterId: provider.partner.id, kind: "CUSTOMER_RELATIONSHIP" });
    const reseller = await resellerInvitation();
    const requestBefore = await stateOf(request.id, provider.tenant.id);
    const resellerBefore = await stateOf(reseller.id, provider.tenant.id);
    expect(
      await codeOf(revokeInvitation(actor, { unverifiedInvitationId: request.id }, RESELLER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(revokeInvitation(actor, { unverifiedInvitationId: reseller.id }, CUSTOMER_INVITATION_KINDS)),
    ).toBe("NOT_FOUND");
    expect(await stateOf(request.id, provider.tenant.id)).toEqual(requestBefore);
    expect(await stateOf(reseller.id, provider.tenant.id)).toEqual(resellerBefore);
  });
});

describe("invitation emails per partner per hour (INVITATION_EMAILS_PER_HOUR)", () => {
  it("creating, sending and resending each count; over the limit RATE_LIMITED (EN/DE) and nothing is written; other partners and the next window are unaffected", async () => {
    const previous = process.env.INVITATION_EMAILS_PER_HOUR;
    process.env.INVITATION_EMAILS_PER_HOUR = "3";
    try {
      const partner = await createPartner({ programs: ["DIRECT_BILL"] });
      const agent = (
        await signInAs((await createUser({ tenantId: partner.tenant.id, agentRole: "SALES_AGENT" })).email)
      ).actor;
      const form = () => ({
        email: `buyer-${unique()}@customer-${unique()}.example`,
        expiresInDays: 30,
        locale: "en" as const,
      });
      const created = await createCustomerRequest(agent, form()); // 1
      await sendInvitationEmail(
        agent,
        { unverifiedInvitationId: created.invitationId, token: created.token, text: "Hello" },
        CUSTOMER_INVITATION_KINDS,
      ); // 2
      await resendInvitation(agent, { unverifiedInvitationId: created.invitationId }, CUSTOMER_INVITATION_KINDS); // 3

      const before = await stateOf(created.invitationId, partner.tenant.id);
      const invitationsBefore = await testDb().invitation.count({ where: { inviterId: partner.partner.id } });
      const refusal = await resendInvitation(
        agent,
        { unverifiedInvitationId: created.invitationId },
        CUSTOMER_INVITATION_KINDS,
      ).catch((error: unknown) => error as DomainError);
      expect(refusal).toMatchObject({
        code: "RATE_LIMITED",
        messageKey: "partnerships.invitation.rateLimited",
      });
      const minutes = Number((refusal as DomainError).details.vars?.minutes);
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(60);
      expect(await codeOf(createCustomerRequest(agent, form()))).toBe("RATE_LIMITED");
      expect(await stateOf(created.invitationId, partner.tenant.id)).toEqual(before);
      expect(await testDb().invitation.count({ where: { inviterId: partner.partner.id } })).toBe(invitationsBefore);

      expect(errorState(refusal, {}, translator("en")).message).toBe(
        `Too many invitations sent from your organization in the last hour. Try again in ${minutes} min.`,
      );
      expect(errorState(refusal, {}, translator("de")).message).toBe(
        `Ihre Organisation hat in der letzten Stunde zu viele Einladungen versendet. Versuchen Sie es in ${minutes} Min. erneut.`,
      );

      const other = await createPartner({ programs: ["DIRECT_BILL"] });
      const otherAgent = (
        await signInAs((await createUser({ tenantId: other.tenant.id, agentRole: "SALES_AGENT" })).email)
      ).actor;
      expect(await codeOf(createCustomerRequest(otherAgent, form()))).toBe("OK");

      // The next window: the bucket's hour is over, the partner may invite again.
      const key = sha256(`invitation-email:${partner.partner.id}`);
      await sql().query("UPDATE rate_limit_buckets SET reset_at = now() - interval '1 second' WHERE key = $1", [key]);
      expect(await codeOf(createCustomerRequest(agent, form()))).toBe("OK");
    } finally {
      if (previous === undefined) delete process.env.INVITATION_EMAILS_PER_HOUR;
      else process.env.INVITATION_EMAILS_PER_HOUR = previous;
    }
  });
});
