// Audit events recorded in one tenant never carry another tenant's user identity (issue 16): a
// user acting in another tenant's log — accepting, declining or being refused an invitation in the
// sender's log, ordering or creating a customer in the customer's (or the linked reseller's) log —
// is recorded as their organization: its name as actor, no user id, email, name or IP anywhere.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { declineCustomerInvitation } from "@/lib/customer-invitations/decline-customer-invitation";
import { addProducts } from "@/lib/customers/add-products";
import { createCustomer as createCustomerAccount } from "@/lib/customers/create-customer";
import { quantityField } from "@/lib/customers/products";
import { authorizeIndirectProvider } from "@/lib/provider-reseller-relationships/authorize-indirect-provider";
import { signInAs } from "../helpers/actors";
import {
  createCustomerInvitation,
  createJointInvitation,
  createLinkedPair,
  refusalOf,
} from "../helpers/customer-invitation-fixtures";
import { customerOf, providerResellerPair, signedInPartner } from "../helpers/customers-fixtures";
import { testDb } from "../helpers/db";
import { createCustomer, createPartner, unique } from "../helpers/factories";
import { createProvider, createReseller, inviteReseller } from "../helpers/partnerships-fixtures";

const IP = "203.0.113.77";

/** The signed-in user with a recognizable client address (it must not reach another tenant's log). */
const actorOf = async (email: string): Promise<SessionUser> => ({ ...(await signInAs(email)).actor, ip: IP });

const eventIdsIn = async (tenantIds: string[]) =>
  new Set(
    (await testDb().auditEvent.findMany({ where: { tenantId: { in: tenantIds } }, select: { id: true } })).map(
      (event) => event.id,
    ),
  );

/**
 * Runs `call` and checks every event it wrote into `logTenantIds`: the actor is the acting
 * tenant's name; nothing in the event names a user of the acting tenant (id, email, name) or the IP.
 */
async function expectOrganizationOnly(
  acting: { tenantId: string },
  logTenantIds: string[],
  call: () => Promise<unknown>,
  expectedActions: string[],
) {
  const before = await eventIdsIn(logTenantIds);
  await call();
  const events = (
    await testDb().auditEvent.findMany({ where: { tenantId: { in: logTenantIds } }, orderBy: { createdAt: "asc" } })
  ).filter((event) => !before.has(event.id));
  expect([...new Set(events.map((event) => event.action))].sort()).toEqual([...expectedActions].sort());
  const [tenant, users] = await Promise.all([
    testDb().tenant.findUniqueOrThrow({ where: { id: acting.tenantId }, select: { name: true } }),
    testDb().user.findMany({ where: { tenantId: acting.tenantId }, select: { id: true, email: true, name: true } }),
  ]);
  expect(users.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event, event.action).toMatchObject({ actorLabel: tenant.name, actorUserId: null, ip: null });
    const text = JSON.stringify(event).toLowerCase();
    for (const user of users)
      for (const identity of [user.id, user.email, user.name])
        expect(text, `${event.action} carries ${identity}`).not.toContain(identity.toLowerCase());
    expect(text).not.toContain(IP);
  }
  return events;
}

const order = (customerId: string) => ({
  customerId,
  idempotencyKey: randomUUID(),
  [quantityField("CLOUD-DEFENDER")]: "3",
});

describe("another tenant's log names the acting organization, never its user", () => {
  it("a refused customer acceptance (R1): the sender's invitation.refused", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"], countryCode: "DE" });
    const customer = await createCustomer({ countryCode: "US" });
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
    });
    const actor = await actorOf(customer.admin!.email);
    await expectOrganizationOnly(
      actor,
      [partner.tenant.id],
      async () => {
        expect((await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).details?.rule).toBe(
          "R1",
        );
      },
      ["invitation.refused"],
    );
  });

  it("another partner's user trying a customer link (R3): the sender's invitation.refused", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const stranger = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
    });
    const actor = await actorOf(stranger.admin!.email);
    await expectOrganizationOnly(
      actor,
      [partner.tenant.id],
      async () => {
        expect((await refusalOf(acceptCustomerInvitation(actor, { token: invitation.token }))).details?.rule).toBe(
          "R3",
        );
      },
      ["invitation.refused"],
    );
  });

  it("a successful joint acceptance: both partners' invitation.accepted and relationship events", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    const actor = await actorOf(customer.admin!.email);
    await expectOrganizationOnly(
      actor,
      [pair.reseller.tenant.id, pair.provider.tenant.id],
      () => acceptCustomerInvitation(actor, { token: invitation.token }),
      ["invitation.accepted", "relationship.customer_established"],
    );
    // The customer's own log keeps its user.
    const own = await testDb().auditEvent.findMany({
      where: { tenantId: customer.tenant.id, targetId: invitation.id },
    });
    expect(own.map((event) => [event.actorUserId, event.actorLabel])).toEqual([[actor.userId, actor.email]]);
  });

  it("a decline: the partners' invitation.declined", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    const actor = await actorOf(customer.admin!.email);
    await expectOrganizationOnly(
      actor,
      [pair.reseller.tenant.id, pair.provider.tenant.id],
      () => declineCustomerInvitation(actor, { token: invitation.token }),
      ["invitation.declined"],
    );
  });

  it("a reseller's authorization: the provider's invitation.accepted and relationship.provider_authorized", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const invitation = await inviteReseller(provider, reseller);
    const actor = await actorOf(reseller.admin!.email);
    await expectOrganizationOnly(
      actor,
      [provider.tenant.id],
      () => authorizeIndirectProvider(actor, { token: invitation.token }),
      ["invitation.accepted", "relationship.provider_authorized"],
    );
  });

  it("a refused reseller authorization (R2): the provider's invitation.refused", async () => {
    const provider = await createProvider();
    const reseller = await createReseller();
    const invitation = await inviteReseller(provider, reseller);
    await testDb().partnerOrganization.update({ where: { id: reseller.partner.id }, data: { countryCode: "US" } });
    const actor = await actorOf(reseller.admin!.email);
    await expectOrganizationOnly(
      actor,
      [provider.tenant.id],
      async () => {
        expect((await refusalOf(authorizeIndirectProvider(actor, { token: invitation.token }))).details?.rule).toBe(
          "R2",
        );
      },
      ["invitation.refused"],
    );
  });

  it("Add products: the customer's subscription.created", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const { tenant } = await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const actor = { ...partner.actor, ip: IP };
    await expectOrganizationOnly(actor, [tenant.id], () => addProducts(actor, order(tenant.id)), [
      "subscription.created",
    ]);
  });

  it("a provider creating a customer for its reseller: the customer's and the reseller's events", async () => {
    const { provider, reseller } = await providerResellerPair();
    const actor = { ...provider.actor, ip: IP };
    const tok = unique();
    const domain = `new-${tok}.example`;
    const input = {
      companyName: `New Customer ${tok}`,
      domain,
      countryCode: "DE",
      adminName: `Greta ${tok}`,
      adminEmail: `admin@${domain}`,
      resellerId: reseller.partner.id,
    };
    let customerTenantId = "";
    await expectOrganizationOnly(
      actor,
      [reseller.tenant.id],
      async () => {
        customerTenantId = (await createCustomerAccount(actor, input, "en")).customer.id;
      },
      ["customer.created", "relationship.customer_established"],
    );
    const inCustomerLog = await testDb().auditEvent.findMany({ where: { tenantId: customerTenantId } });
    expect(inCustomerLog.length).toBeGreaterThan(0);
    for (const event of inCustomerLog)
      expect(event).toMatchObject({ actorLabel: provider.tenant.name, actorUserId: null, ip: null });
    // The customer's Global admin is named in the customer's own log only.
    const partnerLogs = await testDb().auditEvent.findMany({
      where: { tenantId: { in: [provider.tenant.id, reseller.tenant.id] }, targetId: customerTenantId },
    });
    expect(partnerLogs).toHaveLength(2);
    for (const event of partnerLogs) expect(JSON.stringify(event)).not.toContain(input.adminEmail);
  });
});
