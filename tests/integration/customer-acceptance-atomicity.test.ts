// R8 atomicity under an injected failure between the joint invitation's two inserts, and R16
// single use under 20 concurrent acceptances (one set of rows, one email, one accepted event).
import { describe, expect, it } from "vitest";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { signInAs } from "../helpers/actors";
import {
  auditEventsOf,
  createCustomerInvitation,
  createJointInvitation,
  createLinkedPair,
  invitationRow,
  relationshipsOf,
  updateEmailsTo,
} from "../helpers/customer-invitation-fixtures";
import { sql, testDb } from "../helpers/db";
import { createCustomer, createPartner, createUser, unique } from "../helpers/factories";

describe("R8 a joint invitation creates both relationships or neither", () => {
  it("R8 a failure injected after the reseller's row (a trigger refusing the provider's row) leaves no row, no ACCEPTED status, no event and no email", async () => {
    const pair = await createLinkedPair();
    const customer = await createCustomer();
    const invitation = await createJointInvitation(pair);
    const { actor } = await signInAs(customer.admin!.email);
    const name = `inject_${unique()}`;
    // Raises only for the provider's row of this customer, and says whether the reseller's row (inserted first, same transaction) is there.
    await sql().query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.partner_id = '${pair.provider.partner.id}' AND NEW.customer_tenant_id = '${customer.tenant.id}' THEN
          IF EXISTS (SELECT 1 FROM customer_relationships WHERE partner_id = '${pair.reseller.partner.id}' AND customer_tenant_id = '${customer.tenant.id}') THEN
            RAISE EXCEPTION 'injected failure between the two inserts';
          END IF;
          RAISE EXCEPTION 'the reseller row was not inserted first';
        END IF;
        RETURN NEW;
      END $$`);
    await sql().query(
      `CREATE TRIGGER ${name} BEFORE INSERT ON customer_relationships FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    let failure: unknown;
    try {
      await acceptCustomerInvitation(actor, { token: invitation.token }).catch((error) => {
        failure = error;
      });
    } finally {
      await sql().query(`DROP TRIGGER ${name} ON customer_relationships`);
      await sql().query(`DROP FUNCTION ${name}()`);
    }
    expect(String((failure as Error)?.message)).toContain("injected failure between the two inserts");
    expect(await relationshipsOf(customer.tenant.id)).toEqual([]);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "PENDING",
      acceptedAt: null,
      acceptedByUserId: null,
      acceptedTenantId: null,
      lastRefusedAt: null,
    });
    expect(await auditEventsOf("invitation.accepted", invitation.id)).toEqual([]);
    expect(
      await testDb().auditEvent.count({
        where: {
          tenantId: { in: [customer.tenant.id, pair.reseller.tenant.id, pair.provider.tenant.id] },
          action: "relationship.customer_established",
        },
      }),
    ).toBe(0);
    expect(await updateEmailsTo(pair.reseller.admin!.email)).toEqual([]);

    // Without the fault, the same link works: both rows at once.
    await acceptCustomerInvitation(actor, { token: invitation.token });
    expect((await relationshipsOf(customer.tenant.id)).map((row) => row.partnerId).sort()).toEqual(
      [pair.reseller.partner.id, pair.provider.partner.id].sort(),
    );
  });
});

describe("R16 single use under concurrency", () => {
  it("R16 R8 20 concurrent acceptances of one joint invitation by ten customers' Global admins give exactly one result", async () => {
    const pair = await createLinkedPair();
    const invitation = await createJointInvitation(pair);
    const customers = await Promise.all(Array.from({ length: 10 }, () => createCustomer()));
    const actors = await Promise.all(customers.map(async (customer) => (await signInAs(customer.admin!.email)).actor));
    const attempts = actors.flatMap((actor) => [actor, actor]);
    const outcomes = await Promise.allSettled(
      attempts.map((actor) => acceptCustomerInvitation(actor, { token: invitation.token })),
    );

    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(new Set(lost.map((outcome) => outcome.reason.code))).toEqual(new Set(["CONFLICT"]));
    expect(
      lost.every((outcome) =>
        /^R16: (this request was accepted already|your organization accepted this request already)\.$/.test(
          outcome.reason.message,
        ),
      ),
    ).toBe(true);

    const row = await invitationRow(invitation.id);
    expect(row.status).toBe("ACCEPTED");
    const rows = await testDb().customerRelationship.findMany({ where: { invitationId: invitation.id } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((relationship) => relationship.customerTenantId))).toEqual(new Set([row.acceptedTenantId]));
    expect(await updateEmailsTo(pair.reseller.admin!.email)).toHaveLength(1);
    expect((await auditEventsOf("invitation.accepted", invitation.id)).length).toBe(3); // customer, reseller, provider
  });

  it("R16 20 concurrent acceptances by Global admins of one customer (double clicks) create one relationship and one email", async () => {
    const partner = await createPartner();
    const customer = await createCustomer();
    const admins = await Promise.all(
      Array.from({ length: 3 }, () => createUser({ tenantId: customer.tenant.id, adminRole: "GLOBAL_ADMIN" })),
    );
    const actors = await Promise.all(
      [customer.admin!, ...admins].map(async (admin) => (await signInAs(admin.email)).actor),
    );
    const invitation = await createCustomerInvitation({
      inviterId: partner.partner.id,
      sentByUserId: partner.admin!.id,
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        acceptCustomerInvitation(actors[index % actors.length], { token: invitation.token }),
      ),
    );

    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(lost.map((outcome) => outcome.reason.message)).toEqual(
      Array(19).fill("R16: your organization accepted this request already."),
    );
    expect(await relationshipsOf(customer.tenant.id)).toHaveLength(1);
    expect(await updateEmailsTo(partner.admin!.email)).toHaveLength(1);
  });
});
