// R16 on the customer side: the landing page's states (opening a link reads only), the token
// stored only as a hash, expiry by the database clock, revoked / declined / accepted links, a
// partner tenant (R3) or a user without Global admin looking at the link, and "Decline".
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { declineCustomerInvitation } from "@/lib/customer-invitations/decline-customer-invitation";
import { getCustomerInvitationLanding } from "@/lib/customer-invitations/get-customer-invitation-landing";
import type { SessionUser } from "@/lib/auth/load-session-user";
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
import { sql, testDb } from "../helpers/db";
import { createCustomer, createInvitation, createPartner, createUser } from "../helpers/factories";

const actorOf = async (email: string): Promise<SessionUser> => (await signInAs(email)).actor;

describe("R16 the landing page reads only", () => {
  it("R16 malformed, unknown, hash-instead-of-token and reseller-invitation links are INVALID", async () => {
    const partner = await createPartner();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const reseller = await createInvitation({ inviterId: partner.partner.id, kind: "RESELLER_PARTNERSHIP" });
    const stored = await sql().query("SELECT token_hash FROM invitations WHERE id = $1", [invitation.id]);
    for (const token of [
      "",
      "short",
      "x".repeat(43),
      stored.rows[0].token_hash,
      Buffer.from(stored.rows[0].token_hash, "hex").toString("base64url"),
      reseller.token,
      null,
      42,
    ]) {
      expect(await getCustomerInvitationLanding(token, null)).toEqual({ state: "INVALID" });
    }
  });

  it("R16 only the SHA-256 of the token is stored, and the app's client never reads it by default", async () => {
    const partner = await createPartner();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const { rows } = await sql().query("SELECT * FROM invitations WHERE id = $1", [invitation.id]);
    expect(rows[0].token_hash).toBe(createHash("sha256").update(invitation.token).digest("hex"));
    expect(JSON.stringify(rows[0])).not.toContain(invitation.token);
    expect(await testDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).not.toHaveProperty(
      "tokenHash",
    );
  });

  it("R16 opening a pending link as each kind of viewer changes nothing", async () => {
    const partner = await createNamedPartner("Fabrikam Solutions");
    const customer = await createCustomer();
    const helpdesk = await createUser({
      tenantId: customer.tenant.id,
      agentRole: "ADMIN_AGENT",
      adminRole: "USER_MANAGEMENT_ADMIN",
      name: "Una User",
    });
    const otherPartner = await createPartner();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const before = await invitationRow(invitation.id);

    const signedOut = await getCustomerInvitationLanding(invitation.token, null);
    expect(signedOut).toMatchObject({
      state: "PENDING",
      viewer: { kind: "SIGNED_OUT" },
      invitation: {
        kind: "CUSTOMER_RELATIONSHIP",
        partner: { name: "Fabrikam Solutions", countryCode: "DE", region: "EUROPE" },
        provider: null,
      },
    });
    expect(await getCustomerInvitationLanding(invitation.token, await actorOf(customer.admin!.email))).toMatchObject({
      state: "PENDING",
      viewer: { kind: "READY", tenantName: customer.tenant.name },
    });
    const notAdmin = await getCustomerInvitationLanding(invitation.token, await actorOf(helpdesk.email));
    expect(notAdmin).toMatchObject({
      state: "PENDING",
      viewer: { kind: "NOT_GLOBAL_ADMIN", globalAdmins: [`${customer.admin!.name} (${customer.admin!.email})`] },
    });
    const partnerView = await getCustomerInvitationLanding(invitation.token, await actorOf(otherPartner.admin!.email));
    expect(partnerView).toMatchObject({ state: "PENDING", viewer: { kind: "PARTNER_TENANT" } });
    expect(
      partnerView.state === "PENDING" &&
        partnerView.viewer.kind === "PARTNER_TENANT" &&
        partnerView.viewer.refusal.message,
    ).toMatch(/^R3: .* is a partner tenant\. A partner tenant can never be a customer/);

    expect(await invitationRow(invitation.id)).toEqual(before);
    expect(await auditEventsOf("invitation.refused", invitation.id)).toEqual([]);
  });

  it("R8 a joint invitation's landing names the reseller and its provider", async () => {
    const pair = await createLinkedPair();
    const invitation = await createJointInvitation(pair);
    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({
      state: "PENDING",
      invitation: {
        kind: "CUSTOMER_JOINT",
        partner: { name: pair.reseller.partner.legalName },
        provider: { name: pair.provider.partner.legalName, region: "EUROPE" },
      },
    });
  });
});

describe("R16 links that can't be used any more", () => {
  it("R16 expired by the database clock: EXPIRED on the landing page, acceptance and declining refused, nothing created", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id, expiredSecondsAgo: 1 });
    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({ state: "EXPIRED" });
    const actor = await actorOf(customer.admin!.email);
    expect(await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).toMatchObject({
      message: "R16: this link has expired. Ask the partner for a new one.",
    });
    expect(await refusalOf(declineCustomerInvitation(actor, { token: invitation.token }))).toMatchObject({
      message: "R16: this link has expired. Ask the partner for a new one.",
    });
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({ status: "PENDING", lastRefusedAt: null });
  });

  it("R16 a link whose expiry the database clock has not reached still works", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    await testDb()
      .$executeRaw`UPDATE invitations SET expires_at = now() + interval '1 minute' WHERE id = ${invitation.id}::uuid`;
    await acceptCustomerInvitation(await actorOf(customer.admin!.email), { token: invitation.token });
    expect(await relationshipsOf(customer.tenant.id)).toHaveLength(1);
  });

  it("R16 a session that ended (sign out everywhere, password change) can neither accept nor decline", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const actor = await actorOf(customer.admin!.email);
    await testDb().user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await refusalOf(declineCustomerInvitation(actor, { token: invitation.token }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await relationshipsOf(customer.tenant.id)).toHaveLength(0);
    expect((await invitationRow(invitation.id)).status).toBe("PENDING");
  });

  it("R16 revoked and declined links are refused with their state", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const actor = await actorOf(customer.admin!.email);
    const revoked = await createCustomerInvitation({ inviterId: partner.partner.id, status: "REVOKED" });
    const declined = await createCustomerInvitation({ inviterId: partner.partner.id, status: "DECLINED" });
    expect(await getCustomerInvitationLanding(revoked.token, actor)).toMatchObject({ state: "REVOKED" });
    expect(await getCustomerInvitationLanding(declined.token, actor)).toMatchObject({ state: "DECLINED" });
    expect((await refusalOf(acceptCustomerInvitation(actor, { token: revoked.token }))).message).toBe(
      "R16: the partner withdrew this request.",
    );
    expect((await refusalOf(acceptCustomerInvitation(actor, { token: declined.token }))).message).toBe(
      "R16: this request was declined.",
    );
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
  });

  it("R16 accepted twice: the second acceptance is refused, for the same and for another customer; the landing page says who accepted", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const other = await createCustomer();
    const invitation = await createCustomerInvitation({ inviterId: partner.partner.id });
    const actor = await actorOf(customer.admin!.email);
    const otherActor = await actorOf(other.admin!.email);
    await acceptCustomerInvitation(actor, { token: invitation.token });
    expect((await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).message).toBe(
      "R16: your organization accepted this request already.",
    );
    expect((await refusalOf(acceptCustomerInvitation(otherActor, { token: invitation.token }))).message).toBe(
      "R16: this request was accepted already.",
    );
    expect(await relationshipsOf(customer.tenant.id)).toHaveLength(1);
    expect(await relationshipsOf(other.tenant.id)).toEqual([]);
    expect(await getCustomerInvitationLanding(invitation.token, actor)).toMatchObject({
      state: "ACCEPTED",
      acceptedByViewer: true,
    });
    expect(await getCustomerInvitationLanding(invitation.token, otherActor)).toMatchObject({
      state: "ACCEPTED",
      acceptedByViewer: false,
      acceptedAt: null,
    });
    expect(await getCustomerInvitationLanding(invitation.token, null)).toMatchObject({
      state: "ACCEPTED",
      acceptedByViewer: false,
    });
  });
});

describe("R16 Decline", () => {
  it("R16 a customer's Global admin declines: DECLINED, events in the customer's and the partners' tenants, the sender emailed; the link is dead", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    const actor = await actorOf(customer.admin!.email);
    await declineCustomerInvitation(actor, { token: invitation.token });

    const row = await invitationRow(invitation.id);
    expect(row).toMatchObject({ status: "DECLINED", acceptedAt: null });
    expect(row.declinedAt).toBeInstanceOf(Date);
    expect((await auditEventsOf("invitation.declined", invitation.id)).map((event) => event.tenantId).sort()).toEqual(
      [customer.tenant.id, pair.reseller.tenant.id, pair.provider.tenant.id].sort(),
    );
    expect((await updateEmailsTo(pair.reseller.admin!.email)).map((email) => email.subject)).toEqual([
      `${customer.tenant.name} declined your joint invitation of ${pair.reseller.partner.legalName} and ${pair.provider.partner.legalName}`,
    ]);
    expect(await getCustomerInvitationLanding(invitation.token, actor)).toMatchObject({ state: "DECLINED" });
    expect((await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).message).toBe(
      "R16: this request was declined.",
    );
    expect((await refusalOf(declineCustomerInvitation(actor, { token: invitation.token }))).message).toBe(
      "R16: this request was declined.",
    );
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
  });

  it("R16 R3 a partner tenant's Global admin and a customer user without Global admin can't decline; nothing changes", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const userAdmin = await createUser({ tenantId: customer.tenant.id, adminRole: "USER_MANAGEMENT_ADMIN" });
    const otherPartner = await createPartner();
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
    });
    const before = await invitationRow(invitation.id);

    const asPartner = await refusalOf(
      declineCustomerInvitation(await actorOf(otherPartner.admin!.email), { token: invitation.token }),
    );
    expect(asPartner).toMatchObject({
      code: "FORBIDDEN",
      message:
        "R3: only a Global admin of a customer organization can decline this request; a partner tenant is never a customer.",
    });
    const asUserAdmin = await refusalOf(
      declineCustomerInvitation(await actorOf(userAdmin.email), { token: invitation.token }),
    );
    expect(asUserAdmin).toMatchObject({
      code: "FORBIDDEN",
      message: `R16: only a Global admin of your organization can decline this request: ${customer.admin!.name} (${customer.admin!.email}).`,
    });
    expect(await invitationRow(invitation.id)).toEqual(before);
    expect(await auditEventsOf("invitation.declined", invitation.id)).toEqual([]);
    expect(await updateEmailsTo(partner.admin!.email)).toEqual([]);
  });
});
