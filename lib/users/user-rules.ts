import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { grantableRoles } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";

// R17 checks shared by the user-management functions. They run inside the transaction that
// makes the change, after lockTenantUsers() has serialized changes within the tenant.

export const TEMP_PASSWORD_TTL_MS = Number(process.env.TEMP_PASSWORD_TTL_HOURS ?? 72) * 3600 * 1000;

/** Serializes user changes within one tenant, so "at least one Global admin" holds under concurrency. */
export async function lockTenantUsers(tx: Tx, tenantId: string) {
  await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId}::uuid FOR UPDATE`;
}

/** The target, in the actor's tenant only; anything else is "not found". Locked for the change. */
export async function loadTargetUser(tx: Tx, actor: UserActor, unverifiedUserId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(unverifiedUserId)) throw notFound("The user");
  const target = await tx.user.findFirst({
    where: { id: unverifiedUserId, tenantId: actor.tenantId },
    select: { id: true, name: true, email: true, agentRole: true, adminRole: true, status: true, mustChangePassword: true },
  });
  if (!target) throw notFound("The user");
  return target;
}

/** R17: nobody grants a role they don't hold (a User management admin can't make a Global admin). */
export function assertGrantable(actor: UserActor, roles: { agentRole: AgentRole; adminRole: AdminRole }, current?: { agentRole: AgentRole; adminRole: AdminRole }) {
  const allowed = grantableRoles(actor);
  const newAgent = roles.agentRole !== current?.agentRole;
  const newAdmin = roles.adminRole !== current?.adminRole;
  if (newAgent && !allowed.agent.includes(roles.agentRole)) {
    throw ruleViolation("R17", `you can't grant the ${roleName(roles.agentRole)} role because you don't hold it.`, { agentRole: "users.cantGrant" });
  }
  if (newAdmin && !allowed.admin.includes(roles.adminRole)) {
    throw ruleViolation("R17", `you can't grant the ${roleName(roles.adminRole)} role because you don't hold it.`, { adminRole: "users.cantGrant" });
  }
}

/** A User management admin may not change, reset, disable or remove a Global admin. */
export function assertMayManage(actor: UserActor, target: { adminRole: AdminRole }) {
  if (target.adminRole === "GLOBAL_ADMIN" && actor.adminRole !== "GLOBAL_ADMIN") {
    throw ruleViolation("R17", "only a Global admin can change another Global admin.");
  }
}

/** R17: the tenant keeps at least one active Global admin after the change. */
export async function assertKeepsGlobalAdmin(tx: Tx, tenantId: string, target: { id: string; adminRole: AdminRole; status: string }) {
  if (target.adminRole !== "GLOBAL_ADMIN" || target.status !== "ACTIVE") return;
  const others = await tx.user.count({ where: { tenantId, adminRole: "GLOBAL_ADMIN", status: "ACTIVE", id: { not: target.id } } });
  if (others === 0) throw ruleViolation("R17", "your organization must keep at least one active Global admin.");
}

export function assertNotSelf(actor: UserActor, targetId: string, what: string) {
  if (actor.userId === targetId) throw new DomainError("FORBIDDEN", `You can't ${what} your own account. Ask another administrator.`);
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
