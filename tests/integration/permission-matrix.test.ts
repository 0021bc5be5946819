// P-…: every cell of SPEC §2's permission table, checked through the real authorization path
// (sign-in → session → loadSessionUser → assertPermission, and `can`, which requirePermission
// uses for pages). The expectations below are transcribed from SPEC.md independently of
// lib/authz/permissions.ts. Every permission in §2 is a partner permission: only users of a
// partner tenant with a partner organization hold any, whatever their roles.
import { describe, expect, it } from "vitest";
import { assertPermission } from "@/lib/authz/assert-permission";
import { ALL_PERMISSIONS, can, type Permission } from "@/lib/authz/permissions";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { signInAs } from "../helpers/actors";
import { createCustomer, createPartner, createTenant, createUser } from "../helpers/factories";

type Column = "ADMIN_AGENT" | "SALES_AGENT" | "HELPDESK_AGENT" | "GLOBAL_ADMIN" | "USER_MANAGEMENT_ADMIN";
const SPEC_TABLE: Record<Permission, Column[]> = {
  "customers-view": ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  "customers-manage": ["ADMIN_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  "customer-request": ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN"],
  "reseller-invite": ["ADMIN_AGENT", "GLOBAL_ADMIN"],
  "provider-accept": ["GLOBAL_ADMIN"],
  "users-view": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "users-manage": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "profile-view": ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
  "profile-edit": ["GLOBAL_ADMIN"],
  "support-request": ["GLOBAL_ADMIN"],
  "audit-view": ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"],
};

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));

const allowedBySpec = (permission: Permission, roles: { agentRole: AgentRole; adminRole: AdminRole }) =>
  SPEC_TABLE[permission].includes(roles.agentRole as Column) ||
  SPEC_TABLE[permission].includes(roles.adminRole as Column);

const outcome = (permission: Permission, actor: Parameters<typeof assertPermission>[0]) => {
  let domain: "allowed" | "denied";
  try {
    assertPermission(actor, permission);
    domain = "allowed";
  } catch (error) {
    expect((error as { code: string }).code).toBe("NOT_FOUND"); // forbidden reads like missing
    domain = "denied";
  }
  // Pages (requirePermission) and the domain layer decide through the same function.
  expect(can(actor, permission) ? "allowed" : "denied").toBe(domain);
  return domain;
};

describe("§2 permission table", () => {
  it("covers every permission of the spec", () => {
    expect([...ALL_PERMISSIONS].sort()).toEqual(Object.keys(SPEC_TABLE).sort());
  });

  describe.each(combos)("$agentRole + $adminRole", (roles) => {
    it.each(ALL_PERMISSIONS)("P-%s follows SPEC §2 (permissions are the union of both roles)", async (permission) => {
      const { tenant } = await createPartner({ withAdmin: false });
      const user = await createUser({ tenantId: tenant.id, ...roles });
      const { actor } = await signInAs(user.email);
      // The roles come from the database, not from anything the client holds.
      expect({ agentRole: actor.agentRole, adminRole: actor.adminRole }).toEqual(roles);
      expect(outcome(permission, actor)).toBe(allowedBySpec(permission, roles) ? "allowed" : "denied");
    });
  });
});

describe("§1/§2 partner permissions need a partner tenant with a partner organization", () => {
  it("a customer tenant's Global admin is denied every permission", async () => {
    const { admin } = await createCustomer();
    const { actor } = await signInAs(admin!.email);
    expect(actor).toMatchObject({ tenantKind: "CUSTOMER", partnerId: null, adminRole: "GLOBAL_ADMIN" });
    for (const permission of ALL_PERMISSIONS) expect(outcome(permission, actor), `P-${permission}`).toBe("denied");
  });

  it.each(combos)("a customer tenant's $agentRole + $adminRole is denied every permission", async (roles) => {
    const { tenant } = await createCustomer({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id, ...roles });
    const { actor } = await signInAs(user.email);
    for (const permission of ALL_PERMISSIONS) expect(outcome(permission, actor), `P-${permission}`).toBe("denied");
  });

  it.each(combos)(
    "a partner tenant without a partner organization: $agentRole + $adminRole is denied every permission",
    async (roles) => {
      const tenant = await createTenant({ kind: "PARTNER" });
      const user = await createUser({ tenantId: tenant.id, ...roles });
      const { actor } = await signInAs(user.email);
      expect(actor).toMatchObject({ tenantKind: "PARTNER", partnerId: null });
      for (const permission of ALL_PERMISSIONS) expect(outcome(permission, actor), `P-${permission}`).toBe("denied");
    },
  );
});
