// Fixtures for the provider–reseller tests (tests/integration/partnerships-*.test.ts): providers,
// resellers (also mid-move, R14) and invitations built with the shared factories.
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { createResellerInvitation } from "@/lib/provider-reseller-relationships/create-reseller-invitation";
import { signInAs } from "./actors";
import { sql, testDb } from "./db";
import { createPartner, createUser, unique } from "./factories";

export type Refusal = {
  code: string;
  message: string;
  details: { rule?: string; fieldErrors?: Record<string, string>; vars?: Record<string, unknown> };
};

/** The refusal a call ends with ("OK" when it succeeded), for assertions on code, rule and message. */
export async function outcomeOf(call: Promise<unknown>): Promise<Refusal | "OK"> {
  try {
    await call;
    return "OK";
  } catch (error) {
    return error as Refusal;
  }
}

export async function refusalOf(call: Promise<unknown>): Promise<Refusal> {
  const outcome = await outcomeOf(call);
  if (outcome === "OK") throw new Error("expected a refusal, but the call succeeded");
  return outcome;
}

/** An active indirect provider with a signed-in Global admin + Admin agent. */
export async function createProvider(input: { countryCode?: string; name?: string } = {}) {
  const created = await createPartner({
    programs: ["INDIRECT_PROVIDER"],
    countryCode: input.countryCode ?? "DE",
    name: input.name,
  });
  const { actor } = await signInAs(created.admin!.email);
  return { ...created, actor };
}

/** An enrolled indirect reseller; its Global admin's address is `admin.email`. */
export function createReseller(input: { countryCode?: string; agreementAccepted?: boolean; name?: string } = {}) {
  return createPartner({
    programs: ["INDIRECT_RESELLER"],
    countryCode: input.countryCode ?? "DE",
    agreementAccepted: input.agreementAccepted,
    name: input.name,
  });
}

/** R14: a direct-bill partner whose move to indirect reseller is approved; "Accept and continue" done or not. */
export async function createMovedReseller(input: { acceptedAndContinued: boolean }) {
  const moved = await createPartner({ programs: ["DIRECT_BILL"] });
  await testDb().programEnrollment.create({
    data: {
      partnerId: moved.partner.id,
      program: "INDIRECT_RESELLER",
      status: "APPROVED",
      viaTransition: true,
      startedByUserId: moved.admin!.id,
      decidedAt: new Date(),
    },
  });
  if (input.acceptedAndContinued) {
    await testDb().agreementAcceptance.create({
      data: {
        partnerId: moved.partner.id,
        kind: "INDIRECT_RESELLER_AGREEMENT",
        version: "2026-01",
        acceptedByUserId: moved.admin!.id,
        signerName: "Ada",
        signerTitle: "CEO",
      },
    });
  }
  return moved;
}

/** A signed-in user with these roles in a tenant. */
export async function userWithRoles(
  tenantId: string,
  roles: { agentRole: AgentRole; adminRole: AdminRole },
  name?: string,
): Promise<SessionUser> {
  const user = await createUser({ tenantId, ...roles, name });
  return (await signInAs(user.email)).actor;
}

/** A pending invitation from the provider to the reseller's Global admin, created the way the page does it. */
export async function inviteReseller(
  provider: { actor: SessionUser },
  reseller: { partner: { id: string }; admin: { email: string } | null },
  days = 30,
) {
  return createResellerInvitation(provider.actor, {
    email: reseller.admin!.email,
    unverifiedResellerId: reseller.partner.id,
    expiresInDays: days,
    locale: "en",
  });
}

/** Everything of the pair a refused call must leave unchanged. */
export async function pairSnapshot(tenantIds: string[], partnerIds: string[]) {
  const [invitations, relationships, audits, emails] = await Promise.all([
    sql().query(
      "SELECT * FROM invitations WHERE inviter_id = ANY($1::uuid[]) OR target_partner_id = ANY($1::uuid[]) ORDER BY id",
      [partnerIds],
    ),
    sql().query(
      "SELECT * FROM provider_reseller_relationships WHERE provider_id = ANY($1::uuid[]) OR reseller_id = ANY($1::uuid[]) ORDER BY id",
      [partnerIds],
    ),
    sql().query("SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = ANY($1::uuid[])", [tenantIds]),
    sql().query("SELECT count(*)::int AS n FROM outbox_emails WHERE tenant_id = ANY($1::uuid[])", [tenantIds]),
  ]);
  return {
    invitations: invitations.rows,
    relationships: relationships.rows,
    audits: audits.rows[0].n,
    emails: emails.rows[0].n,
  };
}

export const uniqueEmail = (prefix = "ga") => `${prefix}-${unique()}@example.test`;
