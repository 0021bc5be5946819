// SQL fixtures for the providers and support specs: a fresh indirect provider and indirect
// reseller with an ACTIVE relationship (and optionally shared customers), so ending or changing
// relationships never touches the demo partners other specs rely on (Fabrikam–Northwind).
import { randomBytes } from "node:crypto";
import { createPartnerFixture, query } from "./operator-review.fixtures";

export { closeFixtures, query } from "./operator-review.fixtures";

const admin = (name: string) => [{ local: "admin", name, agent: "ADMIN_AGENT", admin: "GLOBAL_ADMIN" }];

/** A linked pair; the reseller's Partner Agreement only when `resellerAgreement` isn't false. */
export async function createLinkedPair(label: string, options: { resellerAgreement?: boolean } = {}) {
  const provider = await createPartnerFixture({
    label: `${label} Provider`,
    enrollments: [{ program: "INDIRECT_PROVIDER", status: "APPROVED" }],
    agreement: true,
    users: admin("Pia Provider"),
  });
  const reseller = await createPartnerFixture({
    label: `${label} Reseller`,
    enrollments: [{ program: "INDIRECT_RESELLER", status: "APPROVED" }],
    agreement: options.resellerAgreement ?? true,
    users: admin("Remy Reseller"),
  });
  await query("UPDATE partner_organizations SET support_website = $2 WHERE id = $1", [
    provider.partnerId,
    `https://support.${provider.domain}`,
  ]);
  const [relationship] = await query<{ id: string }>(
    "INSERT INTO provider_reseller_relationships (id, provider_id, reseller_id, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'ACTIVE', now()) RETURNING id",
    [provider.partnerId, reseller.partnerId],
  );
  return { provider, reseller, relationshipId: relationship.id };
}

/** A customer tenant with an ACTIVE indirect relationship to each partner given (each its own row, linked to `linkedTo`). */
export async function createCustomerFixture(
  name: string,
  rows: { partnerId: string; linkedPartnerId: string | null }[],
) {
  const suffix = randomBytes(4).toString("hex");
  const [tenant] = await query<{ id: string }>(
    "INSERT INTO tenants (id, kind, name, primary_domain, country_code, updated_at) VALUES (gen_random_uuid(), 'CUSTOMER', $1, $2, 'DE', now()) RETURNING id",
    [`${name} ${suffix}`, `customer-${suffix}.example`],
  );
  for (const row of rows) {
    await query(
      "INSERT INTO customer_relationships (id, partner_id, customer_tenant_id, channel, linked_partner_id, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'INDIRECT', $3, 'ACTIVE', now())",
      [row.partnerId, tenant.id, row.linkedPartnerId],
    );
  }
  return { id: tenant.id, name: `${name} ${suffix}` };
}
