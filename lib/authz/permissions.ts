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

export function hasPermission(user: RoleHolder, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission] ?? [];
  return allowed.includes(user.agentRole) || allowed.includes(user.adminRole);
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
    const agent = (["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT"] as AgentRole[]).filter((role) => role === granter.agentRole);
    return { agent: [...agent, "NO_AGENT"], admin: ["USER_MANAGEMENT_ADMIN", "NO_ADMIN"] };
  }
  return { agent: [], admin: [] };
}
