// The one permission table (SPEC §2). Permissions are the union of the agent role and the
// admin role; anything not listed is denied. Imported by actions, navigation and tests.
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";

export type Role = AgentRole | AdminRole;

export const PERMISSIONS = {
  "customers-view": ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  "customers-manage": ["ADMIN_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  "customer-request": ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN"],
  "reseller-invite": ["ADMIN_AGENT", "GLOBAL_ADMIN"],
  // R6: only a Global admin authorizes an indirect provider.
  "provider-accept": ["GLOBAL_ADMIN"],
  "users-view": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "users-manage": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "profile-view": ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "profile-edit": ["GLOBAL_ADMIN"],
  "support-request": ["GLOBAL_ADMIN"],
  "audit-view": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export type RoleHolder = { agentRole: AgentRole; adminRole: AdminRole };

/** The table alone (roles × permission), e.g. for the navigation. For a decision about an actor use `can`. */
export function hasPermission(user: RoleHolder, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission] ?? [];
  return allowed.includes(user.agentRole) || allowed.includes(user.adminRole);
}

/** Who a permission decision is about: the roles and the tenant's partner organization, if any. */
export type PermissionSubject = RoleHolder & { partnerId: string | null };

/**
 * The one permission decision (deny by default). Every permission in the table is a partner
 * permission: it needs a partner tenant with a partner organization, then the roles. A customer
 * tenant's Global admin, or a partner tenant without an organization yet, holds none of them.
 * Used by assertPermission (domain layer) and requirePermission (pages).
 */
export function can(actor: PermissionSubject, permission: Permission): boolean {
  return typeof actor.partnerId === "string" && actor.partnerId.length > 0 && hasPermission(actor, permission);
}

export function permissionsOf(user: RoleHolder): Set<Permission> {
  return new Set(ALL_PERMISSIONS.filter((permission) => hasPermission(user, permission)));
}

/** Role hierarchy (R17): which roles a user may grant. Nobody grants what they don't hold. */
export function grantableRoles(granter: RoleHolder): { agent: AgentRole[]; admin: AdminRole[] } {
  if (granter.adminRole === "GLOBAL_ADMIN") {
    return {
      agent: ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"],
      admin: ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"],
    };
  }
  if (granter.adminRole === "USER_MANAGEMENT_ADMIN") {
    // A user management admin grants agent roles it holds, and never Global admin.
    const agent = (["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT"] as AgentRole[]).filter(
      (role) => role === granter.agentRole,
    );
    return { agent: [...agent, "NO_AGENT"], admin: ["USER_MANAGEMENT_ADMIN", "NO_ADMIN"] };
  }
  return { agent: [], admin: [] };
}

/**
 * R17: a manager may act on a user (change roles, reset the password, disable, enable, remove)
 * only if it could grant every role that user holds now — so a User management admin can't take
 * over a Global admin or an Admin agent. Permission to manage users is checked separately.
 */
export function mayManage(manager: RoleHolder, target: RoleHolder): boolean {
  const allowed = grantableRoles(manager);
  return allowed.agent.includes(target.agentRole) && allowed.admin.includes(target.adminRole);
}
