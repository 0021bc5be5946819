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
    ruleViolation(
      "R17",
      `you can't grant the ${roleName(role)} role because you don't hold it.`,
      { [field]: "users.cantGrant" },
      {
        messageKey: "users.r17.cantGrant",
        vars: { role: `role.${role}` },
      },
    );
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
  throw ruleViolation(
    "R17",
    `you can't change a user who holds the ${roleName(role)} role, because you can't grant that role.`,
    undefined,
    {
      messageKey: "users.r17.cantManage",
      vars: { role: `role.${role}` },
    },
  );
}

/** R17: nobody raises their own roles; lowering them is fine. */
export function assertNotRaisingOwnRoles(current: RoleHolder, requested: RoleHolder) {
  const before = permissionsOf(current);
  if ([...permissionsOf(requested)].some((permission) => !before.has(permission))) {
    throw ruleViolation("R17", "you can't raise your own roles. Ask another Global admin.", undefined, {
      messageKey: "users.r17.cantRaiseOwn",
    });
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
    throw ruleViolation("R17", "your organization must keep at least one active Global admin.", undefined, {
      messageKey: "users.r17.keepGlobalAdmin",
    });
  }
}

const SELF_ACTIONS = {
  remove: { verb: "remove", messageKey: "users.selfRemove" },
  reset: { verb: "reset the password of", messageKey: "users.selfReset" },
  disable: { verb: "disable", messageKey: "users.selfDisable" },
  enable: { verb: "enable", messageKey: "users.selfEnable" },
} as const;

export function assertNotSelf(actor: UserActor, targetId: string, what: keyof typeof SELF_ACTIONS) {
  if (actor.userId !== targetId) return;
  const { verb, messageKey } = SELF_ACTIONS[what];
  throw new DomainError("FORBIDDEN", `You can't ${verb} your own account. Ask another administrator.`, { messageKey });
}

const ROLE_NAMES: Record<AgentRole | AdminRole, string> = {
  ADMIN_AGENT: "Admin agent",
  SALES_AGENT: "Sales agent",
  HELPDESK_AGENT: "Helpdesk agent",
  NO_AGENT: "No agent",
  GLOBAL_ADMIN: "Global admin",
  USER_MANAGEMENT_ADMIN: "User management admin",
  NO_ADMIN: "No admin",
};
export const roleName = (role: AgentRole | AdminRole) => ROLE_NAMES[role];
