import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { grantableRoles, mayManage, permissionsOf, type RoleHolder } from "@/lib/authz/permissions";
import { reloadActor } from "@/lib/authz/reload-actor";
import type { Tx } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/text";

// R17 checks shared by the user-management functions. They run inside the transaction that
// makes the change, after lockForUserChange() has serialized changes within the tenant and
// re-read the actor, so every check sees the roles as they are at that moment.

export const TEMP_PASSWORD_TTL_MS = Number(process.env.TEMP_PASSWORD_TTL_HOURS ?? 72) * 3600 * 1000;

/**
 * Serializes user changes within one tenant, so "at least one Global admin" holds under concurrency.
 * FOR NO KEY UPDATE conflicts with itself but not with the KEY SHARE locks that inserts referencing
 * the tenant take (audit events, outbox emails, users, sessions), so those never wait on it.
 */
export async function lockTenantUsers(tx: Tx, tenantId: string) {
  await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR NO KEY UPDATE`;
}

/**
 * Takes the tenant lock, then re-reads the actor (same tenant, active, session still live) and
 * checks P-users-manage on those fresh roles: a manager demoted, disabled or removed while this
 * request waited for the lock is refused like one who never had the permission ("not found").
 * Returns the fresh actor; use it, not the request's, for every later check.
 */
export async function lockForUserChange<A extends UserActor>(tx: Tx, actor: A): Promise<A> {
  await lockTenantUsers(tx, actor.tenantId);
  const fresh = await reloadActor(tx, actor);
  assertPermission(fresh, "users-manage");
  return fresh;
}

/** The target, in the actor's tenant only; anything else (or a malformed id) is "not found". */
export async function loadTargetUser(tx: Tx, actor: UserActor, unverifiedUserId: string) {
  if (!isUuid(unverifiedUserId)) throw notFound("user");
  const target = await tx.user.findFirst({
    where: { id: unverifiedUserId, tenantId: actor.tenantId },
    select: {
      id: true,
      name: true,
      email: true,
      agentRole: true,
      adminRole: true,
      status: true,
      mustChangePassword: true,
    },
  });
  if (!target) throw notFound("user");
  return target;
}

/** R17: nobody grants a role they don't hold (a User management admin can't make a Global admin). */
export function assertGrantable(actor: RoleHolder, roles: RoleHolder, current?: RoleHolder) {
  const allowed = grantableRoles(actor);
  const refuse = (role: AgentRole | AdminRole, field: "agentRole" | "adminRole") =>
    ruleViolation("R17", "users.r17.cantGrant", { role: `role.${role}` }, { [field]: "users.cantGrant" });
  if (roles.agentRole !== current?.agentRole && !allowed.agent.includes(roles.agentRole))
    throw refuse(roles.agentRole, "agentRole");
  if (roles.adminRole !== current?.adminRole && !allowed.admin.includes(roles.adminRole))
    throw refuse(roles.adminRole, "adminRole");
}

/**
 * R17: a manager acts on a user (roles, password reset, disable/enable, removal) only if it could
 * grant every role that user holds now — a User management admin can't take over a Global admin
 * or an Admin agent by resetting their password.
 */
export function assertMayManage(actor: RoleHolder, target: RoleHolder) {
  if (mayManage(actor, target)) return;
  const allowed = grantableRoles(actor);
  const role = allowed.admin.includes(target.adminRole) ? target.agentRole : target.adminRole;
  throw ruleViolation("R17", "users.r17.cantManage", { role: `role.${role}` });
}

/** R17: nobody raises their own roles; lowering them is fine. */
export function assertNotRaisingOwnRoles(current: RoleHolder, requested: RoleHolder) {
  const before = permissionsOf(current);
  if ([...permissionsOf(requested)].some((permission) => !before.has(permission))) {
    throw ruleViolation("R17", "users.r17.cantRaiseOwn");
  }
}

/** R17: the tenant keeps at least one active Global admin after the change. */
export async function assertKeepsGlobalAdmin(
  tx: Tx,
  tenantId: string,
  target: { id: string; adminRole: AdminRole; status: string },
) {
  if (target.adminRole !== "GLOBAL_ADMIN" || target.status !== "ACTIVE") return;
  const others = await tx.user.count({
    where: { tenantId, adminRole: "GLOBAL_ADMIN", status: "ACTIVE", id: { not: target.id } },
  });
  if (others === 0) {
    throw ruleViolation("R17", "users.r17.keepGlobalAdmin");
  }
}

const SELF_REFUSALS = {
  remove: "users.selfRemove",
  reset: "users.selfReset",
  disable: "users.selfDisable",
  enable: "users.selfEnable",
} as const;

/** Nobody removes, resets, disables or enables their own account: another administrator does. */
export function assertNotSelf(actor: UserActor, targetId: string, what: keyof typeof SELF_REFUSALS) {
  if (actor.userId !== targetId) return;
  throw new DomainError("FORBIDDEN", SELF_REFUSALS[what]);
}
