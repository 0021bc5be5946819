import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db, type DbClient, type Tx } from "@/lib/db/client";
import { DomainError, fieldErrorsFrom, notFound, ruleViolation, validationError } from "@/lib/errors";
import type { Channel } from "@/lib/generated/prisma/enums";
import { partnerIdsOf } from "@/lib/invitations/invitation-kinds";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { listCustomerRuleViolations } from "@/lib/customers/customer-relationship-rules";
import { isUuid } from "@/lib/text";
import { findIntendedTenant } from "./customer-invitation-access";
import { optionalCustomerEmail } from "./customer-invitation-input";

/** A single request (one partner asks) or the joint invitation with one of the reseller's providers (R8). */
export type CustomerInvitationTarget =
  { kind: "CUSTOMER_RELATIONSHIP" } | { kind: "CUSTOMER_JOINT"; unverifiedProviderId: string };

type PartnerRef = { id: string; legalName: string; tenantId: string };

export type CustomerInvitationPreflight = {
  /** Every rule that would refuse, each naming itself (empty: the invitation may be created). */
  violations: DomainError[];
  /** The relationship acceptance will create for the inviter: DIRECT_BILL when it is an active direct-bill partner (single requests only). */
  channel: Channel;
  inviter: PartnerRef;
  provider: PartnerRef | null;
};

/**
 * R16 pre-flight of a customer invitation: runs the rules acceptance will run and returns every
 * one that would fail. P-customer-request (Helpdesk agents can't); the inviter must be active in
 * a program (R14: a move counts after "Accept and continue"); no pending invitation of the
 * inviter to the same address (R16); for a joint invitation an ACTIVE relationship with that
 * provider (else NOT_FOUND) and R5 readiness of the reseller, each missing step named. When the
 * address belongs to a user, or its domain to a tenant, R1/R3/R4/existing relationship for that
 * tenant (lib/customers/customer-relationship-rules.ts). Other tenants show up only through
 * those rules' own sentences. Pass the caller's transaction to decide inside it.
 */
export async function preflightCustomerInvitation(
  actor: UserActor,
  target: CustomerInvitationTarget,
  unverifiedEmail: string | undefined,
  tx?: Tx,
): Promise<CustomerInvitationPreflight> {
  assertPermission(actor, "customer-request");
  const parsedEmail = optionalCustomerEmail.optional().safeParse(unverifiedEmail);
  if (!parsedEmail.success)
    throw validationError({ email: fieldErrorsFrom(parsedEmail.error).form ?? "invites.request.emailInvalid" });
  const email = parsedEmail.data;
  const client = tx ?? db();
  const inviter = await client.partnerOrganization.findFirst({
    where: { id: actor.partnerId!, tenantId: actor.tenantId },
    select: {
      id: true,
      legalName: true,
      tenantId: true,
      enrollments: { where: activeEnrollmentWhere, select: { program: true } },
    },
  });
  if (!inviter) throw notFound("organization");
  const provider =
    target.kind === "CUSTOMER_JOINT" ? await activeProviderOf(client, inviter.id, target.unverifiedProviderId) : null;
  const violations: DomainError[] = [];

  if (provider) {
    const readiness = await getTransactReadiness(inviter.id, tx);
    for (const step of readiness.missing) {
      violations.push(ruleViolation("R5", `invites.preflight.R5.${step}`, { reseller: inviter.legalName }));
    }
  } else if (inviter.enrollments.length === 0) {
    violations.push(
      new DomainError("FORBIDDEN", "invites.preflight.noProgram", { vars: { partner: inviter.legalName } }),
    );
  }

  if (email) {
    violations.push(...(await duplicateViolations(client, inviter.id, email, null)));
    const customerTenant = await findIntendedTenant(client, email);
    if (customerTenant) {
      const partnerIds = partnerIdsOf({ inviterId: inviter.id, coInviterId: provider?.id ?? null });
      violations.push(
        ...(await listCustomerRuleViolations(client, { partnerIds, customer: { tenantId: customerTenant.id } })),
      );
    }
  }

  const directBill = !provider && inviter.enrollments.some((enrollment) => enrollment.program === "DIRECT_BILL");
  return {
    violations,
    channel: directBill ? "DIRECT_BILL" : "INDIRECT",
    inviter: { id: inviter.id, legalName: inviter.legalName, tenantId: inviter.tenantId },
    provider,
  };
}

/**
 * R16 at Send, when a customer invitation's address is set or changed: the pre-flight's
 * address rules for the invitation row's own partners (inviter, and the co-inviting provider of
 * a joint invitation) — no other pending customer invitation of the inviter to the address, and
 * R1/R3/R4/existing relationship for the tenant the address points to. The caller holds the
 * inviter's row lock (as the create path does) and passes its transaction. Returns the violations.
 */
export async function preflightInvitationRecipient(
  tx: Tx,
  invitation: { id: string; inviterId: string; coInviterId: string | null },
  email: string,
): Promise<DomainError[]> {
  const violations = await duplicateViolations(tx, invitation.inviterId, email, invitation.id);
  const customerTenant = await findIntendedTenant(tx, email);
  if (customerTenant) {
    violations.push(
      ...(await listCustomerRuleViolations(tx, {
        partnerIds: partnerIdsOf(invitation),
        customer: { tenantId: customerTenant.id },
      })),
    );
  }
  return violations;
}

/** The reseller's provider by an id from the URL: only with an ACTIVE relationship; anything else is NOT_FOUND. */
async function activeProviderOf(
  client: DbClient,
  resellerId: string,
  unverifiedProviderId: string,
): Promise<PartnerRef> {
  if (!isUuid(unverifiedProviderId)) throw notFound("indirectProvider");
  const relationship = await client.providerResellerRelationship.findFirst({
    where: { providerId: unverifiedProviderId, resellerId, status: "ACTIVE" },
    select: { provider: { select: { id: true, legalName: true, tenantId: true } } },
  });
  if (!relationship) throw notFound("indirectProvider");
  return relationship.provider;
}

/** R16: one pending customer invitation per inviter and address (requests and joint invitations alike; `exceptId` is the one being sent); an expired one is still open until resent or revoked. */
async function duplicateViolations(
  client: DbClient,
  inviterId: string,
  email: string,
  exceptId: string | null,
): Promise<DomainError[]> {
  const [pending] = await client.$queryRaw<{ expired: boolean }[]>`
    SELECT expires_at <= now() AS expired FROM invitations
    WHERE inviter_id = ${inviterId}::uuid AND intended_email = ${email} AND status = 'PENDING'
      AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)
      AND kind IN ('CUSTOMER_RELATIONSHIP', 'CUSTOMER_JOINT')
    ORDER BY expired ASC LIMIT 1`;
  if (!pending) return [];
  return [
    ruleViolation(
      "R16",
      pending.expired ? "invites.preflight.duplicateExpired" : "invites.preflight.duplicatePending",
      {
        email,
      },
    ),
  ];
}
