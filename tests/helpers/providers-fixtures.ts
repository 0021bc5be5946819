// Fixtures for the Indirect providers, Support and R15 tests (providers-*, support-*,
// end-relationship-*): operators, role combinations, a linked provider–reseller pair with
// shared customers, and a snapshot of everything those features may write.
import type { OperatorActor } from "@/lib/auth/actor";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { testDb } from "./db";
import {
  createCustomer,
  createCustomerRelationship,
  createPartner,
  createProviderResellerRelationship,
  unique,
} from "./factories";

export const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
export const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
export const ROLE_COMBOS = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));

export type Refusal = {
  code: string;
  message: string;
  messageKey?: string;
  details: { rule?: string; fieldErrors?: Record<string, string> };
};

/** Awaits a domain call that must be refused and returns the DomainError. */
export async function refused(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error("expected a refusal");
}

/** "ok" or the refusal's code. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

export async function newOperator(): Promise<OperatorActor> {
  const row = await testDb().operator.create({
    data: { email: `operator-${unique()}@vendor.example`, name: "Olivia Operator", passwordHash: "not-used" },
  });
  return { kind: "operator", operatorId: row.id, email: row.email, name: row.name, ip: "192.0.2.15" };
}

/** An indirect provider and an indirect reseller (both DE, approved, agreement accepted) with an ACTIVE relationship. */
export async function linkedPair(options: { resellerAgreement?: boolean } = {}) {
  const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"], name: `Provider ${unique()}` });
  const reseller = await createPartner({
    programs: ["INDIRECT_RESELLER"],
    name: `Reseller ${unique()}`,
    agreementAccepted: options.resellerAgreement ?? true,
  });
  const relationship = await createProviderResellerRelationship({
    providerId: provider.partner.id,
    resellerId: reseller.partner.id,
  });
  return { provider, reseller, relationship };
}

/** A customer both partners of a pair have an ACTIVE indirect relationship with (each its own row, linked to the other). */
export async function sharedCustomer(providerId: string, resellerId: string, name = `Shared ${unique()}`) {
  const customer = await createCustomer({ name });
  await createCustomerRelationship({
    partnerId: resellerId,
    customerTenantId: customer.tenant.id,
    linkedPartnerId: providerId,
  });
  await createCustomerRelationship({
    partnerId: providerId,
    customerTenantId: customer.tenant.id,
    linkedPartnerId: resellerId,
  });
  return customer;
}

/** Everything these features write about the given partners (and their tenants), for "refused → nothing changed". */
export async function snapshotOf(partners: { partnerId: string; tenantId: string }[]) {
  const partnerIds = partners.map((partner) => partner.partnerId);
  const tenantIds = partners.map((partner) => partner.tenantId);
  const [relationships, customerRelationships, supportRequests, supportMessages, audits, emails] = await Promise.all([
    testDb().providerResellerRelationship.findMany({
      where: { OR: [{ providerId: { in: partnerIds } }, { resellerId: { in: partnerIds } }] },
      orderBy: { id: "asc" },
    }),
    testDb().customerRelationship.findMany({ where: { partnerId: { in: partnerIds } }, orderBy: { id: "asc" } }),
    testDb().supportRequest.findMany({ where: { partnerId: { in: partnerIds } }, orderBy: { id: "asc" } }),
    testDb().supportMessage.findMany({ where: { request: { partnerId: { in: partnerIds } } }, orderBy: { id: "asc" } }),
    testDb().auditEvent.count({ where: { tenantId: { in: tenantIds } } }),
    testDb().outboxEmail.count({ where: { tenantId: { in: tenantIds } } }),
  ]);
  return { relationships, customerRelationships, supportRequests, supportMessages, audits, emails };
}

/** The partner/tenant keys of a factory partner, for snapshotOf. */
export const keysOf = (created: { partner: { id: string }; tenant: { id: string } }) => ({
  partnerId: created.partner.id,
  tenantId: created.tenant.id,
});
