import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { reloadActor } from "@/lib/authz/reload-actor";
import type { DbClient, Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { wrongTenantRefusal } from "@/lib/invitations/invitation-refusals";

// Who is acting on a customer invitation's link (R16): shared by the customer landing page,
// acceptance, declining and the create-account path.

/**
 * Inside the caller's transaction: the signed-in user as the database has it now (roles and tenant
 * kind are re-read, never trusted from the session), or NOT_FOUND when the user is gone or disabled
 * or the session ended (reloadActor: session version and revoked session rows).
 */
export async function reloadAccepter(tx: Tx, actor: UserActor) {
  await reloadActor(tx, actor);
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

/**
 * R16 personalized per invitee: the tenant the invitation's address belongs to — the tenant of
 * the user with that email, else the tenant whose primary domain is the address's domain — or
 * null when no address is set or it is unknown (the partner guessed it: any customer tenant may accept).
 */
export async function findIntendedTenant(
  client: DbClient,
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

/** R16 inside the caller's transaction: refuses a tenant other than the one the invitation's address belongs to (when known). */
export async function assertIntendedTenant(
  tx: Tx,
  invitation: { kind: "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT"; intendedEmail: string | null },
  tenant: { id: string; name: string },
) {
  const intended = await findIntendedTenant(tx, invitation.intendedEmail);
  if (intended && intended.id !== tenant.id) throw wrongTenantRefusal(invitation.kind, tenant.name);
}
