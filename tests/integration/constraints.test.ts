// Invariants kept by PostgreSQL itself (unique, partial unique and CHECK constraints, the audit
// trigger), so they hold under races and for any code path. Asserted at the SQL level by
// SQLSTATE and constraint name: 23505 unique_violation, 23514 check_violation.
import { describe, expect, test } from "vitest";
import { refusal, sql, testDb } from "@/tests/helpers/db";
import {
  createCustomer,
  createCustomerRelationship,
  createInvitation,
  createPartner,
  createProviderResellerRelationship,
  createTenant,
  createUser,
  unique,
} from "@/tests/helpers/factories";

describe("users and tenants", () => {
  test("R17 emails are unique regardless of case", async () => {
    const tenant = await createTenant();
    const first = await createUser({ tenantId: tenant.id, email: `ada-${unique()}@example.test` });
    const second = await createUser({ tenantId: tenant.id });
    // The app relies on Prisma's P2002 for the duplicate…
    await expect(
      testDb().user.create({ data: { tenantId: tenant.id, name: "Copy", email: first.email, passwordHash: "x" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    // …and on the CHECK so that an upper-case spelling can't slip past the unique index.
    expect(
      await refusal(sql().query(`UPDATE users SET email = $1 WHERE id = $2`, [first.email, second.id])),
    ).toMatchObject({ code: "23505", constraint: "users_email_key" });
    expect(await refusal(sql().query(`UPDATE users SET email = upper(email) WHERE id = $1`, [first.id]))).toMatchObject(
      { code: "23514", constraint: "users_email_normalized" },
    );
    expect(await refusal(sql().query(`UPDATE users SET email = ' ' || email WHERE id = $1`, [first.id]))).toMatchObject(
      { code: "23514", constraint: "users_email_normalized" },
    );
  });

  test("§1 tenant primary domains are unique and stored lower-case", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    expect(
      await refusal(
        sql().query(`UPDATE tenants SET primary_domain = $1 WHERE id = $2`, [tenant.primaryDomain, other.id]),
      ),
    ).toMatchObject({ code: "23505", constraint: "tenants_primary_domain_key" });
    expect(
      await refusal(
        sql().query(`UPDATE tenants SET primary_domain = upper(primary_domain) WHERE id = $1`, [tenant.id]),
      ),
    ).toMatchObject({ code: "23514", constraint: "tenants_primary_domain_normalized" });
  });
});

describe("provider–reseller relationships", () => {
  test("R15 one ACTIVE relationship per provider–reseller pair", async () => {
    const { partner: provider } = await createPartner({ programs: ["INDIRECT_PROVIDER"], withAdmin: false });
    const { partner: reseller } = await createPartner({ programs: ["INDIRECT_RESELLER"], withAdmin: false });
    await createProviderResellerRelationship({ providerId: provider.id, resellerId: reseller.id });
    expect(
      await refusal(createProviderResellerRelationship({ providerId: provider.id, resellerId: reseller.id })),
    ).toMatchObject({ code: "P2002" });
    expect(
      await refusal(
        sql().query(
          `INSERT INTO provider_reseller_relationships (id, provider_id, reseller_id, updated_at) VALUES (gen_random_uuid(), $1, $2, now())`,
          [provider.id, reseller.id],
        ),
      ),
    ).toMatchObject({ code: "23505", constraint: "provider_reseller_one_active" });
    expect(
      await testDb().providerResellerRelationship.count({
        where: { providerId: provider.id, resellerId: reseller.id },
      }),
    ).toBe(1);
  });

  test("R15 ended relationships are kept as history and the pair can be linked again", async () => {
    const { partner: provider } = await createPartner({ programs: ["INDIRECT_PROVIDER"], withAdmin: false });
    const { partner: reseller } = await createPartner({ programs: ["INDIRECT_RESELLER"], withAdmin: false });
    const first = await createProviderResellerRelationship({ providerId: provider.id, resellerId: reseller.id });
    await testDb().providerResellerRelationship.update({
      where: { id: first.id },
      data: { status: "ENDED", endedAt: new Date(), endReason: "Support request" },
    });
    await createProviderResellerRelationship({ providerId: provider.id, resellerId: reseller.id, status: "ENDED" });
    await createProviderResellerRelationship({ providerId: provider.id, resellerId: reseller.id });
    const rows = await testDb().providerResellerRelationship.findMany({
      where: { providerId: provider.id, resellerId: reseller.id },
      select: { status: true },
    });
    expect(rows.map((row) => row.status).sort()).toEqual(["ACTIVE", "ENDED", "ENDED"]);
  });

  test("R2 a partner can't be its own provider", async () => {
    const { partner } = await createPartner({ programs: ["INDIRECT_PROVIDER", "INDIRECT_RESELLER"], withAdmin: false });
    expect(
      await refusal(
        sql().query(
          `INSERT INTO provider_reseller_relationships (id, provider_id, reseller_id, updated_at) VALUES (gen_random_uuid(), $1, $1, now())`,
          [partner.id],
        ),
      ),
    ).toMatchObject({ code: "23514", constraint: "provider_reseller_distinct" });
  });
});

describe("customer relationships", () => {
  test("R11 one ACTIVE relationship per partner–customer pair, while other partners may have their own", async () => {
    const { partner } = await createPartner({ withAdmin: false });
    const { partner: otherPartner } = await createPartner({ withAdmin: false });
    const { tenant: customer } = await createCustomer({ withAdmin: false });
    await createCustomerRelationship({ partnerId: partner.id, customerTenantId: customer.id });
    expect(
      await refusal(
        sql().query(
          `INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, updated_at) VALUES (gen_random_uuid(), $1, $2, 'INDIRECT', now())`,
          [partner.id, customer.id],
        ),
      ),
    ).toMatchObject({ code: "23505", constraint: "customer_relationship_one_active" });
    await createCustomerRelationship({ partnerId: otherPartner.id, customerTenantId: customer.id });
    expect(
      await testDb().customerRelationship.count({ where: { customerTenantId: customer.id, status: "ACTIVE" } }),
    ).toBe(2);
  });

  test("R11 ended customer relationships stay as history beside a new ACTIVE one", async () => {
    const { partner } = await createPartner({ withAdmin: false });
    const { tenant: customer } = await createCustomer({ withAdmin: false });
    await createCustomerRelationship({ partnerId: partner.id, customerTenantId: customer.id, status: "ENDED" });
    await createCustomerRelationship({ partnerId: partner.id, customerTenantId: customer.id, status: "ENDED" });
    await createCustomerRelationship({ partnerId: partner.id, customerTenantId: customer.id });
    expect(
      await testDb().customerRelationship.count({ where: { partnerId: partner.id, customerTenantId: customer.id } }),
    ).toBe(3);
  });
});

describe("invitations", () => {
  test("R16 one PENDING invitation per inviter, kind and email; accepted and revoked ones don't block", async () => {
    const { partner } = await createPartner({ programs: ["INDIRECT_PROVIDER"], withAdmin: false });
    const email = `invitee-${unique()}@example.test`;
    await createInvitation({
      inviterId: partner.id,
      kind: "CUSTOMER_RELATIONSHIP",
      intendedEmail: email,
      status: "ACCEPTED",
    });
    const pending = await createInvitation({
      inviterId: partner.id,
      kind: "CUSTOMER_RELATIONSHIP",
      intendedEmail: email,
    });
    expect(
      await refusal(createInvitation({ inviterId: partner.id, kind: "CUSTOMER_RELATIONSHIP", intendedEmail: email })),
    ).toMatchObject({ code: "P2002" });
    expect(
      await refusal(
        sql().query(`UPDATE invitations SET status = 'PENDING' WHERE inviter_id = $1 AND status = 'ACCEPTED'`, [
          partner.id,
        ]),
      ),
    ).toMatchObject({ code: "23505", constraint: "invitation_one_pending" });
    // Another kind to the same address is a different invitation.
    await createInvitation({ inviterId: partner.id, kind: "RESELLER_PARTNERSHIP", intendedEmail: email });
    // Revoking (or resending as a new row after revoking) frees the slot.
    await testDb().invitation.update({ where: { id: pending.id }, data: { status: "REVOKED", revokedAt: new Date() } });
    await createInvitation({ inviterId: partner.id, kind: "CUSTOMER_RELATIONSHIP", intendedEmail: email });
    expect(
      await testDb().invitation.count({ where: { inviterId: partner.id, intendedEmail: email, status: "PENDING" } }),
    ).toBe(2);
  });

  test("R16 invitation emails are stored normalized", async () => {
    const { partner } = await createPartner({ withAdmin: false });
    const invitation = await createInvitation({ inviterId: partner.id });
    expect(
      await refusal(
        sql().query(`UPDATE invitations SET intended_email = upper(intended_email) WHERE id = $1`, [invitation.id]),
      ),
    ).toMatchObject({
      code: "23514",
      constraint: "invitations_intended_email_normalized",
    });
  });
});

describe("audit log", () => {
  async function auditEvent(createdAt?: Date) {
    const tenant = await createTenant();
    return testDb().auditEvent.create({
      data: { tenantId: tenant.id, actorLabel: "tests", action: "test.event", targetType: "test", createdAt },
    });
  }

  test("§6 audit events are append-only: UPDATE and DELETE are refused", async () => {
    const event = await auditEvent();
    const appendOnly = { code: "42501", message: "audit events are append-only" };
    expect(
      await refusal(sql().query(`UPDATE audit_events SET action = 'tampered' WHERE id = $1`, [event.id])),
    ).toMatchObject(appendOnly);
    expect(await refusal(sql().query(`DELETE FROM audit_events WHERE id = $1`, [event.id]))).toMatchObject(appendOnly);
    await expect(testDb().auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(
      "append-only",
    );
    expect(await testDb().auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ action: "test.event" });
  });

  test("§6 only events past the one-year retention can be purged", async () => {
    const old = await auditEvent(new Date(Date.now() - 400 * 24 * 3600 * 1000));
    const recent = await auditEvent(new Date(Date.now() - 300 * 24 * 3600 * 1000));
    expect((await sql().query(`DELETE FROM audit_events WHERE id = $1`, [old.id])).rowCount).toBe(1);
    expect(await refusal(sql().query(`DELETE FROM audit_events WHERE id = $1`, [recent.id]))).toMatchObject({
      code: "42501",
    });
  });
});
