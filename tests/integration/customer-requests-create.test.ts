// R16 creating customer invitations (Request a reseller relationship, Invite new customers):
// the row (hash only, expiry by the database clock, bound to the CUSTOMER tenant kind), the audit
// events, the raw token returned once, Send through lib/invitations with the customer-invitation
// email, concurrency on the one-pending index, and the Sent requests list with every state.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import { createJointInvitation } from "@/lib/customer-invitations/create-joint-invitation";
import { listCustomerInvitations } from "@/lib/customer-invitations/list-customer-invitations";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { INVITATION_MAX_DAYS, INVITATION_MIN_DAYS } from "@/lib/invitations/invitation-links";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { CUSTOMER_INVITATION_KINDS } from "@/lib/customer-invitations/customer-invitation-kinds";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { sql, testDb } from "../helpers/db";
import { createCustomer, createInvitation, createPartner, unique } from "../helpers/factories";
import { actorIn, linkedPair, refusalOf, snapshot } from "../helpers/customer-requests-fixtures";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("creating a request", () => {
  it("R16: stores only the token's hash, expires after the chosen days by the database clock, audits invitation.created; the raw token comes back once", async () => {
    const partner = await createPartner({ programs: ["DIRECT_BILL"] });
    const actor = await actorIn(partner.tenant.id, { agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" });
    const email = `admin-${unique()}@fresh-${unique()}.example`;
    const created = await createCustomerRequest(actor, {
      email: ` ${email.toUpperCase()} `,
      expiresInDays: "7" as unknown as number,
      locale: "de",
    });
    expect(created).toMatchObject({
      email,
      locale: "de",
      channel: "DIRECT_BILL",
      inviterName: partner.partner.legalName,
      coInviterName: null,
    });
    expect(created.url).toMatch(new RegExp(`/invitations/customer\\?token=${created.token}$`));
    const row = await testDb().invitation.findUniqueOrThrow({
      where: { id: created.invitationId },
      omit: { tokenHash: false },
    });
    expect(row).toMatchObject({
      kind: "CUSTOMER_RELATIONSHIP",
      inviterId: partner.partner.id,
      coInviterId: null,
      intendedEmail: email,
      intendedTenantKind: "CUSTOMER",
      status: "PENDING",
      locale: "de",
      sentByUserId: actor.userId,
      tokenHash: sha256(created.token),
      message: null,
    });
    const { rows } = await sql().query(
      "SELECT abs(extract(epoch FROM expires_at - now()) - 7 * 86400) < 60 AS exact, row_to_json(i)::text AS json FROM invitations i WHERE id = $1",
      [created.invitationId],
    );
    expect(rows[0].exact).toBe(true);
    expect(rows[0].json).not.toContain(created.token);
    const audits = await testDb().auditEvent.findMany({ where: { targetId: created.invitationId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      tenantId: partner.tenant.id,
      action: "invitation.created",
      actorUserId: actor.userId,
    });
    expect(audits[0].after).toMatchObject({ kind: "CUSTOMER_RELATIONSHIP", to: email, channel: "DIRECT_BILL" });
    expect(await testDb().outboxEmail.count({ where: { toAddress: email } })).toBe(0); // Send emails it, not creation
  });

  it("the customer's email is optional: several drafts without an address, each with its own link", async () => {
    const partner = await createPartner();
    const actor = await actorIn(partner.tenant.id);
    const first = await createCustomerRequest(actor, { expiresInDays: 30, locale: "en" });
    const second = await createCustomerRequest(actor, { email: "", expiresInDays: 30, locale: "en" });
    expect(first.email).toBeNull();
    expect(second.email).toBeNull();
    expect(first.token).not.toBe(second.token);
    expect(first.channel).toBe("INDIRECT");
  });

  it("R16: the form's lifetime limits are invitation-links' limits", () => {
    const accepts = (expiresInDays: number) => customerRequestSchema.safeParse({ expiresInDays, locale: "en" }).success;
    expect(
      [INVITATION_MIN_DAYS - 1, INVITATION_MIN_DAYS, INVITATION_MAX_DAYS, INVITATION_MAX_DAYS + 1].map(accepts),
    ).toEqual([false, true, true, false]);
  });

  it("R16: twenty concurrent requests to one address create exactly one invitation; the others name the pending one", async () => {
    const partner = await createPartner();
    const actor = await actorIn(partner.tenant.id);
    const email = `race-${unique()}@fresh-${unique()}.example`;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        index % 2
          ? createCustomerRequest(actor, { email, expiresInDays: 30, locale: "en" })
          : sameRequestAgain(actor, email),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((result) => result.status === "rejected")) {
      expect((result as PromiseRejectedResult).reason.message).toBe(
        `R16: a pending invitation to ${email} already exists. Resend or revoke it under Sent requests.`,
      );
    }
    expect(await testDb().invitation.count({ where: { inviterId: partner.partner.id, intendedEmail: email } })).toBe(1);
  });
});

/** The same request again (the race above mixes two call shapes of the same action). */
const sameRequestAgain = (actor: Awaited<ReturnType<typeof actorIn>>, email: string) =>
  createCustomerRequest(actor, { email: email.toUpperCase(), expiresInDays: 10, locale: "de" });

describe("creating a joint invitation (R8)", () => {
  it("the reseller invites with its provider as co-inviter; both tenants' audit logs show it; Send emails the customer naming both", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id, { agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" });
    const email = `joint-${unique()}@fresh-${unique()}.example`;
    const created = await createJointInvitation(actor, {
      email,
      expiresInDays: 30,
      locale: "en",
      unverifiedProviderId: provider.partner.id,
    });
    expect(created).toMatchObject({
      channel: "INDIRECT",
      inviterName: reseller.partner.legalName,
      coInviterName: provider.partner.legalName,
    });
    const row = await testDb().invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row).toMatchObject({
      kind: "CUSTOMER_JOINT",
      inviterId: reseller.partner.id,
      coInviterId: provider.partner.id,
      intendedTenantKind: "CUSTOMER",
    });
    const audits = await testDb().auditEvent.findMany({
      where: { targetId: created.invitationId },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((audit) => audit.tenantId).sort()).toEqual([reseller.tenant.id, provider.tenant.id].sort());
    expect(audits.every((audit) => audit.action === "invitation.created")).toBe(true);

    const sent = await sendInvitationEmail(
      actor,
      {
        unverifiedInvitationId: created.invitationId,
        token: created.token,
        text: "Dear customer,\nlet's work together.",
      },
      CUSTOMER_INVITATION_KINDS,
    );
    expect(sent).toMatchObject({ to: email, alreadySent: false });
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.template).toBe("customer-invitation");
    expect(mail.subject).toBe(
      `${reseller.partner.legalName} and ${provider.partner.legalName} ask to become your cloud partners`,
    );
    expect(mail.text).toContain(created.url);
    expect(mail.text).toContain("let's work together.");
  });

  it("a request without an address can get one at Send (lib/invitations), then it counts as pending for that address", async () => {
    const partner = await createPartner();
    const actor = await actorIn(partner.tenant.id);
    const created = await createCustomerRequest(actor, { expiresInDays: 30, locale: "de" });
    const email = `later-${unique()}@fresh-${unique()}.example`;
    await sendInvitationEmail(
      actor,
      { unverifiedInvitationId: created.invitationId, token: created.token, text: "Hallo", to: email },
      CUSTOMER_INVITATION_KINDS,
    );
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.subject).toBe(`${partner.partner.legalName} möchte Ihr Cloud-Partner werden`);
    expect(
      (await refusalOf(createCustomerRequest(actor, { email, expiresInDays: 30, locale: "en" }))).details.rule,
    ).toBe("R16");
  });
});

describe("R16 pre-flight at Send (the address set or changed at Send is checked by the server, not on the browser's say-so)", () => {
  it("R3: a request checked against one address, sent to a partner tenant's user, is refused on `to`; nothing is written", async () => {
    const partner = await createPartner({ programs: ["DIRECT_BILL"] });
    const actor = await actorIn(partner.tenant.id, { agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" });
    const checked = `checked-${unique()}@fresh-${unique()}.example`;
    const created = await createCustomerRequest(actor, { email: checked, expiresInDays: 30, locale: "en" });
    const otherPartner = await createPartner();
    const to = otherPartner.admin!.email;
    const before = await snapshot([partner.partner.id], [partner.tenant.id]);

    const refusal = await refusalOf(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: created.invitationId, token: created.token, text: "Hello", to },
        CUSTOMER_INVITATION_KINDS,
      ),
    );
    expect(refusal).toMatchObject({ code: "RULE", details: { rule: "R3" } });
    expect(refusal.message).toMatch(/^R3: .+ is a partner tenant\./);
    expect(refusal.details.fieldErrors?.to).toBeTruthy();
    expect(await snapshot([partner.partner.id], [partner.tenant.id])).toEqual(before);
    expect((await testDb().invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).intendedEmail).toBe(
      checked,
    );
    expect(await testDb().outboxEmail.count({ where: { toAddress: to } })).toBe(0);
  });

  it("R16: a request sent to the address of the reseller's pending joint invitation is refused (the unique index alone wouldn't: other kind); nothing is written", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id, { agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" });
    const jointTo = `joint-${unique()}@fresh-${unique()}.example`;
    await createJointInvitation(actor, {
      email: jointTo,
      expiresInDays: 30,
      locale: "en",
      unverifiedProviderId: provider.partner.id,
    });
    const request = await createCustomerRequest(actor, { expiresInDays: 30, locale: "en" });
    const partners = [reseller.partner.id, provider.partner.id];
    const tenants = [reseller.tenant.id, provider.tenant.id];
    const before = await snapshot(partners, tenants);

    const refusal = await refusalOf(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: request.invitationId, token: request.token, text: "Hello", to: jointTo },
        CUSTOMER_INVITATION_KINDS,
      ),
    );
    expect(refusal).toMatchObject({
      code: "RULE",
      messageKey: "invites.preflight.duplicatePending",
      details: { rule: "R16", fieldErrors: { to: "invites.preflight.duplicatePending" } },
    });
    expect(await snapshot(partners, tenants)).toEqual(before);
    expect(
      (await testDb().invitation.findUniqueOrThrow({ where: { id: request.invitationId } })).intendedEmail,
    ).toBeNull();
    expect(await testDb().outboxEmail.count({ where: { toAddress: jointTo } })).toBe(0);

    // The same address a second time for the same invitation isn't a duplicate of itself.
    const fresh = `fresh-${unique()}@fresh-${unique()}.example`;
    await expect(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: request.invitationId, token: request.token, text: "Hello", to: fresh },
        CUSTOMER_INVITATION_KINDS,
      ),
    ).resolves.toMatchObject({ to: fresh, alreadySent: false });
  });

  it("R3 for the co-inviter: a joint invitation's new address is checked for the row's own provider too (its provider, not one from the form)", async () => {
    const { provider, reseller } = await linkedPair();
    const actor = await actorIn(reseller.tenant.id);
    const joint = await createJointInvitation(actor, {
      expiresInDays: 30,
      locale: "en",
      unverifiedProviderId: provider.partner.id,
    });
    const providerUser = provider.admin!.email; // the provider's own tenant: a partner tenant (R3)
    const before = await snapshot([reseller.partner.id, provider.partner.id], [reseller.tenant.id, provider.tenant.id]);
    const refusal = await refusalOf(
      sendInvitationEmail(
        actor,
        { unverifiedInvitationId: joint.invitationId, token: joint.token, text: "x", to: providerUser },
        CUSTOMER_INVITATION_KINDS,
      ),
    );
    expect(refusal.details.rule).toBe("R3");
    expect(
      await snapshot([reseller.partner.id, provider.partner.id], [reseller.tenant.id, provider.tenant.id]),
    ).toEqual(before);
  });

  it("each page's actions handle only their own kinds: the reseller Send/Resend can't reach a customer invitation (NOT_FOUND, nothing written)", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    const actor = await actorIn(partner.tenant.id);
    const request = await createCustomerRequest(actor, { expiresInDays: 30, locale: "en" });
    const before = await snapshot([partner.partner.id], [partner.tenant.id]);
    const to = `x-${unique()}@fresh-${unique()}.example`;
    expect(
      (
        await refusalOf(
          sendInvitationEmail(
            actor,
            { unverifiedInvitationId: request.invitationId, token: request.token, text: "x", to },
            RESELLER_INVITATION_KINDS,
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await refusalOf(
          resendInvitation(actor, { unverifiedInvitationId: request.invitationId }, RESELLER_INVITATION_KINDS),
        )
      ).code,
    ).toBe("NOT_FOUND");
    const reseller = await createInvitation({
      inviterId: partner.partner.id,
      kind: "RESELLER_PARTNERSHIP",
      intendedEmail: `ga-${unique()}@reseller.example`,
    });
    const withReseller = await snapshot([partner.partner.id], [partner.tenant.id]);
    expect(
      (
        await refusalOf(
          sendInvitationEmail(
            actor,
            { unverifiedInvitationId: reseller.id, token: reseller.token, text: "x" },
            CUSTOMER_INVITATION_KINDS,
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (await refusalOf(resendInvitation(actor, { unverifiedInvitationId: reseller.id }, CUSTOMER_INVITATION_KINDS)))
        .code,
    ).toBe("NOT_FOUND");
    expect(await snapshot([partner.partner.id], [partner.tenant.id])).toEqual(withReseller);
    expect(withReseller.invitations.find((row) => row.id === request.invitationId)).toEqual(
      before.invitations.find((row) => row.id === request.invitationId),
    );
  });
});

describe("Sent requests", () => {
  it("lists the partner's customer invitations with their state, the refusal and the accepting customer; joint ones for both partners, read-only for the provider", async () => {
    const { provider, reseller } = await linkedPair();
    const other = await createPartner();
    const customer = await createCustomer();
    const make = (input: Parameters<typeof createInvitation>[0]) =>
      createInvitation({ ...input, intendedEmail: `${unique()}@c.example` });
    const pending = await make({ inviterId: reseller.partner.id });
    const expired = await make({ inviterId: reseller.partner.id, expiresAt: new Date(Date.now() - 1000) });
    const revoked = await make({ inviterId: reseller.partner.id, status: "REVOKED" });
    const declined = await make({ inviterId: reseller.partner.id, status: "DECLINED" });
    const accepted = await make({ inviterId: reseller.partner.id, status: "ACCEPTED" });
    await testDb().invitation.update({ where: { id: accepted.id }, data: { acceptedTenantId: customer.tenant.id } });
    const refused = await make({ inviterId: reseller.partner.id });
    await testDb().invitation.update({
      where: { id: refused.id },
      data: { lastRefusalRule: "R3", lastRefusedAt: new Date() },
    });
    const jointRow = await make({ inviterId: reseller.partner.id, kind: "CUSTOMER_JOINT" });
    await testDb().invitation.update({ where: { id: jointRow.id }, data: { coInviterId: provider.partner.id } });
    await make({ inviterId: reseller.partner.id, kind: "RESELLER_PARTNERSHIP" }); // not a customer invitation
    await make({ inviterId: other.partner.id }); // someone else's

    const mine = await listCustomerInvitations(await actorIn(reseller.tenant.id));
    const byId = new Map(mine.invitations.map((row) => [row.id, row]));
    expect(mine.total).toBe(7);
    expect(byId.get(pending.id)).toMatchObject({
      state: "PENDING",
      mine: true,
      kind: "CUSTOMER_RELATIONSHIP",
      sentTo: pending.intendedEmail,
      otherPartnerName: null,
    });
    expect(byId.get(expired.id)?.state).toBe("EXPIRED");
    expect(byId.get(revoked.id)?.state).toBe("REVOKED");
    expect(byId.get(declined.id)?.state).toBe("DECLINED");
    expect(byId.get(accepted.id)).toMatchObject({ state: "ACCEPTED", acceptedTenantName: customer.tenant.name });
    expect(byId.get(refused.id)).toMatchObject({ state: "PENDING", lastRefusal: { rule: "R3" } });
    expect(byId.get(jointRow.id)).toMatchObject({
      kind: "CUSTOMER_JOINT",
      mine: true,
      otherPartnerName: provider.partner.legalName,
    });

    const providerView = await listCustomerInvitations(await actorIn(provider.tenant.id));
    expect(providerView.invitations.map((row) => row.id)).toEqual([jointRow.id]);
    expect(providerView.invitations[0]).toMatchObject({ mine: false, otherPartnerName: reseller.partner.legalName });
  });

  it("pages newest first", async () => {
    const partner = await createPartner();
    for (let index = 0; index < 27; index += 1) await createInvitation({ inviterId: partner.partner.id });
    const actor = await actorIn(partner.tenant.id);
    const first = await listCustomerInvitations(actor, { page: 1 });
    const second = await listCustomerInvitations(actor, { page: 2 });
    expect(first).toMatchObject({ total: 27, pageCount: 2, page: 1 });
    expect(first.invitations).toHaveLength(25);
    expect(second.invitations).toHaveLength(2);
    expect(first.invitations[0].sentOn.getTime()).toBeGreaterThanOrEqual(second.invitations[1].sentOn.getTime());
    expect((await listCustomerInvitations(actor, { page: 99 })).page).toBe(2);
  });
});
