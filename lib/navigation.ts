// The left navigation and Settings menu (SPEC §4), filtered by the one permission table.
// Showing a link is a convenience; every page checks its permission again on the server.
import { hasPermission, type Permission, type RoleHolder } from "@/lib/authz/permissions";
import type { Program } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";

export type NavItem = { href: string; label: MessageKey; permission?: Permission; program?: Program };

export const MAIN_NAV: NavItem[] = [
  { href: "/overview", label: "nav.overview" },
  { href: "/customers", label: "nav.customers", permission: "customers-view" },
  // Reseller side; a direct-bill partner's move shows it only after "Accept and continue" (R14).
  {
    href: "/indirect-providers",
    label: "nav.indirectProviders",
    permission: "customers-view",
    program: "INDIRECT_RESELLER",
  },
  {
    href: "/indirect-resellers",
    label: "nav.indirectResellers",
    permission: "customers-view",
    program: "INDIRECT_PROVIDER",
  },
];

export const SETTINGS_NAV: NavItem[] = [
  { href: "/settings/users", label: "nav.userManagement", permission: "users-view" },
  { href: "/settings/partner-profile", label: "nav.partnerProfile", permission: "profile-view" },
  { href: "/settings/audit-log", label: "nav.auditLog", permission: "audit-view" },
  { href: "/settings/support", label: "nav.support", permission: "support-request" },
];

export type NavContext = RoleHolder & { tenantKind: "PARTNER" | "CUSTOMER"; activePrograms: Program[] };

const hasAnyRole = (user: RoleHolder) => user.agentRole !== "NO_AGENT" || user.adminRole !== "NO_ADMIN";

export function visibleNav(items: NavItem[], context: NavContext): NavItem[] {
  if (context.tenantKind === "CUSTOMER") return items.filter((item) => item.href === "/overview");
  if (!hasAnyRole(context)) return items.filter((item) => item.href === "/overview");
  return items.filter(
    (item) =>
      (!item.permission || hasPermission(context, item.permission)) &&
      (!item.program || context.activePrograms.includes(item.program)),
  );
}
