// Fixtures of the customers tests: partners signed in with chosen roles, customers with
// relationships, provider–reseller pairs, and a snapshot of everything a customers call may write.
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole, Channel, Program, RelationshipStatus } from "@/lib/generated/prisma/enums";
import { signInAs } from "./actors";
import { testDb } from "./db";
import {
  createCustomer,
  createCustomerRelationship,
  createPartner,
  createProviderResellerRelationship,
  createUser,
  unique,
} from "./factories";

export type PartnerFixture = Awaited<ReturnType<typeof createPartner>> & { actor: SessionUser };

/** A partner in `programs` (approved, agreement accepted unless said otherwise), signed in as its Global admin + Admin agent. */
export async function signedInPartner(input: Parameters<typeof createPartner>[0] = {}): Promise<PartnerFixture> {
  const created = await createPartner(input);
  const { actor } = await signInAs(created.admin!.email);
  return { ...created, actor };
}

/** Another user of a tenant with the given roles, signed in. */
export async function actorWithRoles(
  tenantId: string,
  roles: { agentRole: AgentRole; adminRole: AdminRole },
): Promise<SessionUser> {
  const user = await createUser({ tenantId, ...roles });
  return (await signInAs(user.email)).actor;
}

/** A customer tenant and one partner's relationship with it. */
export async function customerOf(
  partnerId: string,
  input: {
    name?: string;
    domain?: string;
    countryCode?: string;
    channel?: Channel;
    linkedPartnerId?: string | null;
    status?: RelationshipStatus;
    startedAt?: Date;
  } = {},
) {
  const { tenant } = await createCustomer({
    name: input.name ?? `Customer ${unique()}`,
    countryCode: input.countryCode,
    withAdmin: false,
  });
  if (input.domain) await testDb().tenant.update({ where: { id: tenant.id }, data: { primaryDomain: input.domain } });
  const relationship = await createCustomerRelationship({
    partnerId,
    customerTenantId: tenant.id,
    channel: input.channel ?? "DIRECT_BILL",
    linkedPartnerId: input.linkedPartnerId ?? null,
    status: input.status,
  });
  if (input.startedAt)
    await testDb().customerRelationship.update({
      where: { id: relationship.id },
      data: { startedAt: input.startedAt },
    });
  return { tenant: { ...tenant, primaryDomain: input.domain ?? tenant.primaryDomain }, relationship };
}

/** A joint customer of a reseller and its provider: both rows, each linked to the other (R8). */
export async function jointCustomer(
  resellerId: string,
  providerId: string,
  input: { name?: string; countryCode?: string } = {},
) {
  const { tenant, relationship } = await customerOf(resellerId, {
    ...input,
    channel: "INDIRECT",
    linkedPartnerId: providerId,
  });
  const providerRow = await createCustomerRelationship({
    partnerId: providerId,
    customerTenantId: tenant.id,
    channel: "INDIRECT",
    linkedPartnerId: resellerId,
  });
  return { tenant, resellerRow: relationship, providerRow };
}

/** An approved indirect provider and a ready indirect reseller (R5) with an ACTIVE relationship, both signed in. */
export async function providerResellerPair(
  input: { countryCode?: string; reseller?: Parameters<typeof createPartner>[0] } = {},
) {
  const provider = await signedInPartner({ programs: ["INDIRECT_PROVIDER"], countryCode: input.countryCode });
  const reseller = await signedInPartner({
    programs: ["INDIRECT_RESELLER"],
    countryCode: input.countryCode,
    ...input.reseller,
  });
  const pair = await createProviderResellerRelationship({
    providerId: provider.partner.id,
    resellerId: reseller.partner.id,
  });
  return { provider, reseller, pair };
}

export const programs = (...list: Program[]) => list;

/**
 * Everything a customers call could write about these partners, tenants, domains and emails, for
 * "refused → nothing changed" (scoped, so other test files running meanwhile don't disturb it).
 */
export async function customersSnapshot(scope: {
  partnerIds: string[];
  tenantIds: string[];
  domains?: string[];
  emails?: string[];
}) {
  const [relationships, subscriptions, orders, audits, outbox, tenants, users] = await Promise.all([
    testDb().customerRelationship.findMany({
      where: { OR: [{ partnerId: { in: scope.partnerIds } }, { linkedPartnerId: { in: scope.partnerIds } }] },
      select: { id: true, status: true },
      orderBy: { id: "asc" },
    }),
    testDb().subscription.findMany({
      where: { partnerId: { in: scope.partnerIds } },
      select: { id: true, quantity: true },
      orderBy: { id: "asc" },
    }),
    testDb().productOrder.count({ where: { partnerId: { in: scope.partnerIds } } }),
    testDb().auditEvent.count({ where: { tenantId: { in: scope.tenantIds } } }),
    testDb().outboxEmail.count({
      where: { OR: [{ tenantId: { in: scope.tenantIds } }, { toAddress: { in: scope.emails ?? [] } }] },
    }),
    testDb().tenant.count({ where: { primaryDomain: { in: scope.domains ?? [] } } }),
    testDb().user.count({ where: { email: { in: scope.emails ?? [] } } }),
  ]);
  return { relationships, subscriptions, orders, audits, outbox, tenants, users };
}

/** Awaits a call that must be refused and returns the domain error. */
export async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    return error as {
      code: string;
      message: string;
      messageKey?: string;
      details: {
        rule?: string;
        fieldErrors?: Record<string, string>;
        vars?: Record<string, unknown>;
      };
    };
  }
  throw new Error("expected a refusal, but the call succeeded");
}
