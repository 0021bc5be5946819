// Fixtures for the customer invitation (sending side) tests: a reseller linked to its provider,
// signed-in actors by role, a snapshot of everything an invitation call may write, and refusals.
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole, Program } from "@/lib/generated/prisma/enums";
import { signInAs } from "./actors";
import { testDb } from "./db";
import { createPartner, createProviderResellerRelationship, createUser } from "./factories";

export type Refusal = {
  code: string;
  message: string;
  messageKey?: string;
  details: { rule?: string; fieldErrors?: Record<string, string> };
};

/** Awaits a call that must be refused and returns the DomainError. */
export async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error("expected a refusal, but the call succeeded");
}

/** A signed-in user of the partner's tenant with the given roles (a new user). */
export async function actorIn(
  tenantId: string,
  roles: { agentRole: AgentRole; adminRole: AdminRole } = { agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" },
): Promise<SessionUser> {
  const user = await createUser({ tenantId, ...roles });
  return (await signInAs(user.email)).actor;
}

/** An indirect provider and an indirect reseller (both DE unless told), linked by an ACTIVE relationship. */
export async function linkedPair(
  input: {
    resellerCountry?: string;
    resellerAgreement?: boolean;
    resellerPrograms?: Program[];
    resellerWithAdmin?: boolean;
  } = {},
) {
  const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
  const reseller = await createPartner({
    programs: input.resellerPrograms ?? ["INDIRECT_RESELLER"],
    countryCode: input.resellerCountry,
    agreementAccepted: input.resellerAgreement,
    withAdmin: input.resellerWithAdmin,
  });
  const relationship = await createProviderResellerRelationship({
    providerId: provider.partner.id,
    resellerId: reseller.partner.id,
  });
  return { provider, reseller, relationship };
}

/** Everything creating, sending or listing an invitation could change for these partners' tenants. */
export async function snapshot(partnerIds: string[], tenantIds: string[]) {
  const [invitations, audits, emails, relationships] = await Promise.all([
    testDb().invitation.findMany({
      where: { OR: [{ inviterId: { in: partnerIds } }, { coInviterId: { in: partnerIds } }] },
      orderBy: { id: "asc" },
      omit: { tokenHash: false },
    }),
    testDb().auditEvent.count({ where: { tenantId: { in: tenantIds } } }),
    testDb().outboxEmail.count({ where: { tenantId: { in: tenantIds } } }),
    testDb().customerRelationship.count({ where: { partnerId: { in: partnerIds } } }),
  ]);
  return { invitations, audits, emails, relationships };
}
