import "server-only";
import type { db, Tx } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import type { InvitationStatus } from "@/lib/generated/prisma/enums";
import { hashToken, isWellFormedToken } from "@/lib/tokens";

// Shared by the customer landing page, acceptance, declining and the create-account path (R16).

type Client = Tx | ReturnType<typeof db>;

export type CustomerInvitationRow = {
  id: string;
  kind: "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT";
  status: InvitationStatus;
  inviterId: string;
  coInviterId: string | null;
  sentByUserId: string | null;
  intendedEmail: string | null;
  acceptedTenantId: string | null;
  acceptedAt: Date | null;
  expiresAt: Date;
  /** Past expires_at by the database clock. */
  expired: boolean;
};

/**
 * The customer invitation a link's token opens (only the SHA-256 is looked up), with its expiry
 * judged by the database clock; null for a malformed or unknown token and for any other kind of
 * invitation (a provider's invitation to a reseller has its own page). Reads only.
 */
export async function findCustomerInvitation(client: Client, token: unknown): Promise<CustomerInvitationRow | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await client.$queryRaw<CustomerInvitationRow[]>`
    SELECT id, kind, status, inviter_id AS "inviterId", co_inviter_id AS "coInviterId", sent_by_user_id AS "sentByUserId",
           intended_email AS "intendedEmail", accepted_tenant_id AS "acceptedTenantId", accepted_at AS "acceptedAt",
           expires_at AS "expiresAt", expires_at <= now() AS expired
    FROM invitations
    WHERE token_hash = ${hashToken(token)} AND kind IN ('CUSTOMER_RELATIONSHIP', 'CUSTOMER_JOINT')`;
  return row ?? null;
}

/** The partners who get a relationship: the inviter, and for a joint invitation its provider (R8). */
export const partnerIdsOf = (invitation: Pick<CustomerInvitationRow, "inviterId" | "coInviterId">) =>
  invitation.coInviterId ? [invitation.inviterId, invitation.coInviterId] : [invitation.inviterId];

/**
 * R16: why a link can't be acted on any more, as the refusal the caller throws; null while it is
 * PENDING and unexpired. `viewerTenantId` lets an accepted invitation say "your organization".
 */
export function stateRefusal(invitation: CustomerInvitationRow | null, viewerTenantId?: string): DomainError | null {
  if (!invitation) return notFound("invitation");
  if (invitation.status === "ACCEPTED") {
    const yours = !!viewerTenantId && invitation.acceptedTenantId === viewerTenantId;
    return new DomainError(
      "CONFLICT",
      yours ? "R16: your organization accepted this request already." : "R16: this request was accepted already.",
      {
        rule: "R16",
        messageKey: yours ? "invites.accept.alreadyAcceptedByYou" : "invites.accept.alreadyAccepted",
      },
    );
  }
  if (invitation.status === "REVOKED")
    return ruleViolation("R16", "the partner withdrew this request.", undefined, {
      messageKey: "invites.accept.revoked",
    });
  if (invitation.status === "DECLINED")
    return ruleViolation("R16", "this request was declined.", undefined, { messageKey: "invites.accept.declined" });
  if (invitation.expired)
    return ruleViolation("R16", "this link has expired. Ask the partner for a new one.", undefined, {
      messageKey: "invites.accept.expired",
    });
  return null;
}

/**
 * Inside the caller's transaction: the signed-in user as the database has it now (roles and tenant
 * kind are re-read, never trusted from the session), or NOT_FOUND when the user is gone or disabled.
 */
export async function reloadAccepter(tx: Tx, actor: { userId: string; tenantId: string }) {
  const user = await tx.user.findFirst({
    where: { id: actor.userId, tenantId: actor.tenantId, status: "ACTIVE" },
    select: {
      id: true,
      email: true,
      name: true,
      adminRole: true,
      tenant: { select: { id: true, kind: true, name: true } },
    },
  });
  if (!user) throw notFound("user");
  return user;
}

/** The Global admins of a tenant, for "who can accept" (active users only, a few names). */
export async function listGlobalAdmins(client: Client, tenantId: string) {
  const admins = await client.user.findMany({
    where: { tenantId, adminRole: "GLOBAL_ADMIN", status: "ACTIVE" },
    select: { name: true, email: true },
    orderBy: { name: "asc" },
    take: 5,
  });
  return admins.map((admin) => `${admin.name} (${admin.email})`);
}

/** Refused for not being a customer tenant's Global admin: names who can (R16: only a Global admin accepts). */
export function notGlobalAdminRefusal(globalAdmins: string[], what: "accept" | "decline") {
  const names = globalAdmins.join(", ");
  return new DomainError(
    "FORBIDDEN",
    `R16: only a Global admin of your organization can ${what} this request${names ? `: ${names}` : ""}.`,
    {
      rule: "R16",
      messageKey: what === "accept" ? "invites.accept.notGlobalAdmin" : "invites.decline.notGlobalAdmin",
      vars: { names: names || "—" },
    },
  );
}

/**
 * R16 personalized per invitee: the tenant the invitation's address belongs to — the tenant of
 * the user with that email, else the tenant whose primary domain is the address's domain — or
 * null when no address is set or it is unknown (the partner guessed it: any customer tenant may accept).
 */
export async function findIntendedTenant(
  client: Client,
  intendedEmail: string | null,
): Promise<{ id: string; name: string } | null> {
  const email = intendedEmail?.trim().toLowerCase();
  if (!email) return null;
  const user = await client.user.findUnique({
    where: { email },
    select: { tenant: { select: { id: true, name: true } } },
  });
  if (user) return user.tenant;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  return domain
    ? client.tenant.findUnique({ where: { primaryDomain: domain }, select: { id: true, name: true } })
    : null;
}

/** R16: the request was sent to another organization's address; this user's tenant may neither accept nor decline it. */
export function wrongTenantRefusal(tenantName: string): DomainError {
  return new DomainError(
    "FORBIDDEN",
    `R16: you are signed in to ${tenantName}, which is not the organization this request was sent to. Sign out and sign in with a work account of the invited organization.`,
    { rule: "R16", messageKey: "invites.landing.wrongTenantBody", vars: { organization: tenantName } },
  );
}

/** R16 inside the caller's transaction: refuses a tenant other than the one the invitation's address belongs to (when known). */
export async function assertIntendedTenant(tx: Tx, intendedEmail: string | null, tenant: { id: string; name: string }) {
  const intended = await findIntendedTenant(tx, intendedEmail);
  if (intended && intended.id !== tenant.id) throw wrongTenantRefusal(tenant.name);
}
