// "Create a customer account" from a customer invitation's landing page: a CUSTOMER tenant and
// its Global admin created and the invitation accepted in one transaction (R16, R8); R1 for the
// chosen country runs before anything is created, so a refused customer leaves no tenant behind.
import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/authenticate";
import { createCustomerAccountAndAccept } from "@/lib/customer-invitations/create-customer-account-and-accept";
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
import { createPartner, createTenant, unique } from "../helpers/factories";

const PASSWORD = "a-long-customer-passphrase-2026";
const meta = () => ({
  locale: "en" as const,
  ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});
const account = (overrides: Record<string, string> = {}) => {
  const domain = overrides.domain ?? `litware-${unique()}.example`;
  return {
    organizationName: `Litware ${unique()}`,
    domain,
    countryCode: "DE",
    adminName: "Lee Litware",
    email: `lee@${domain}`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  };
};
const tenantByDomain = (domain: string) =>
  testDb().tenant.findUnique({ where: { primaryDomain: domain }, include: { users: true } });

describe("R16 create a customer account and accept in one step", () => {
  it("R16 a new CUSTOMER tenant with its Global admin, the invitation accepted by them, the relationship, events and the sender's email", async () => {
    const partner = await createPartner();
    const input = account();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
      intendedEmail: input.email,
    });
    const result = await createCustomerAccountAndAccept(invitation.token, input, meta());

    const tenant = await tenantByDomain(input.domain);
    expect(tenant).toMatchObject({
      id: result.tenantId,
      kind: "CUSTOMER",
      name: input.organizationName,
      countryCode: "DE",
    });
    expect(tenant!.users).toMatchObject([
      {
        id: result.userId,
        email: input.email,
        name: "Lee Litware",
        adminRole: "GLOBAL_ADMIN",
        agentRole: "NO_AGENT",
        mustChangePassword: false,
      },
    ]);
    expect(
      await authenticateUser({ email: input.email, password: PASSWORD }, { ip: "10.9.9.9", userAgent: "vitest" }),
    ).toMatchObject({ ok: true });
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "ACCEPTED",
      acceptedByUserId: result.userId,
      acceptedTenantId: result.tenantId,
    });
    expect(await relationshipsOf(result.tenantId)).toMatchObject([
      { partnerId: partner.partner.id, channel: "INDIRECT", invitationId: invitation.id },
    ]);
    expect(await auditEventsOf("tenant.created", result.tenantId)).toMatchObject([
      { tenantId: result.tenantId, actorLabel: input.email },
    ]);
    expect((await auditEventsOf("invitation.accepted", invitation.id)).map((event) => event.tenantId).sort()).toEqual(
      [result.tenantId, partner.tenant.id].sort(),
    );
    expect((await updateEmailsTo(partner.admin!.email)).map((email) => email.subject)).toEqual([
      `${input.organizationName} accepted your request for a reseller relationship`,
    ]);
  });

  it("R8 a joint invitation accepted with a new account creates both relationships", async () => {
    const pair = await createLinkedPair();
    const input = account();
    const invitation = await createJointInvitation(pair, { intendedEmail: input.email });
    const result = await createCustomerAccountAndAccept(invitation.token, input, meta());
    expect((await relationshipsOf(result.tenantId)).map((row) => row.partnerId).sort()).toEqual(
      [pair.reseller.partner.id, pair.provider.partner.id].sort(),
    );
  });

  it("R1 a company in another region is refused before anything is created; the refusal is recorded for the sender", async () => {
    const fabrikam = await createNamedPartner("Fabrikam Solutions", { countryCode: "DE" });
    const input = account({ countryCode: "US" });
    const invitation = await createCustomerInvitation({
      inviterId: fabrikam.partner.id,
      sentByUserId: fabrikam.admin!.id,
      intendedEmail: input.email,
    });
    const refusal = await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta()));
    expect(refusal).toMatchObject({
      code: "RULE",
      message: "R1: the customer is in North America; Fabrikam Solutions is in Europe.",
    });
    expect(await tenantByDomain(input.domain)).toBeNull();
    expect(await testDb().user.count({ where: { email: input.email } })).toBe(0);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R1" });
    expect(await auditEventsOf("invitation.refused", invitation.id)).toMatchObject([
      { tenantId: fabrikam.tenant.id, actorLabel: "system" },
    ]);
    const emails = await updateEmailsTo(fabrikam.admin!.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain(input.organizationName);
  });

  it("R5 R8 a joint invitation whose reseller stopped being ready is refused inside the transaction: no orphan tenant", async () => {
    const pair = await createLinkedPair();
    const input = account();
    const invitation = await createJointInvitation(pair, { intendedEmail: input.email });
    await testDb().agreementAcceptance.deleteMany({ where: { partnerId: pair.reseller.partner.id } });
    const refusal = await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta()));
    expect(refusal.message).toMatch(
      /^R5: .* isn't ready to transact new business with .* yet; missing: the current Partner Agreement accepted\.$/,
    );
    expect(await tenantByDomain(input.domain)).toBeNull();
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusalRule: "R5" });
  });

  it("R16 bad input gets field messages and creates nothing: taken domain, email off the domain, web-mail domain, weak or mismatched password", async () => {
    const partner = await createPartner();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id, intendedEmail: null });
    const taken = await createTenant({ kind: "CUSTOMER" });
    const fieldOf = async (input: Record<string, string>) =>
      (
        (await refusalOf(createCustomerAccountAndAccept(invitation.token, input, meta()))) as unknown as {
          details: { fieldErrors: Record<string, string> };
        }
      ).details.fieldErrors;
    expect(await fieldOf(account({ domain: taken.primaryDomain }))).toEqual({ domain: "enroll.account.domainTaken" });
    expect(await fieldOf(account({ email: "lee@elsewhere.example" }))).toEqual({ email: "enroll.account.emailDomain" });
    expect(await fieldOf(account({ domain: "gmail.com", email: "lee@gmail.com" }))).toEqual({
      domain: "enroll.account.domainWebmail",
    });
    expect(await fieldOf(account({ password: "short", confirmPassword: "short" }))).toEqual({
      password: "password.too_short",
    });
    expect(await fieldOf(account({ confirmPassword: "something-else-entirely" }))).toEqual({
      confirmPassword: "password.mismatch",
    });
    expect(Object.keys(await fieldOf({ ...account(), extra: "x" }))).toEqual(["form"]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusedAt: null });
    expect(await relationshipsOf(taken.id)).toEqual([]);
  });

  it("R16 an expired, accepted or unknown link creates no account", async () => {
    const partner = await createPartner();
    const expired = await createCustomerInvitation({ inviterId: partner.partner.id, expiredSecondsAgo: 5 });
    const revoked = await createCustomerInvitation({ inviterId: partner.partner.id, status: "REVOKED" });
    for (const [token, message] of [
      [expired.token, "R16: this link has expired. Ask the partner for a new one."],
      [revoked.token, "R16: the partner withdrew this request."],
      ["not-a-token", "The invitation was not found."],
    ]) {
      const input = account();
      expect((await refusalOf(createCustomerAccountAndAccept(token, input, meta()))).message).toBe(message);
      expect(await tenantByDomain(input.domain)).toBeNull();
    }
  });
});
