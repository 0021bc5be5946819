// P-users-view / P-users-manage: every user-management call × every role combination × own and
// other tenant. Refused calls answer "not found" and leave the database as it was.
// R17 (who may act on whom): every manager role combination × every target role combination ×
// every call that acts on a user. Refused calls name R17 and leave the database as it was.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { addUser } from "@/lib/users/add-user";
import { getUser } from "@/lib/users/get-user";
import { listUsers } from "@/lib/users/list-users";
import { removeUser } from "@/lib/users/remove-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));
// SPEC §2: view and manage users — Global admin and User management admin only.
const mayManageUsers = (adminRole: AdminRole) => adminRole === "GLOBAL_ADMIN" || adminRole === "USER_MANAGEMENT_ADMIN";

type Call = {
  name: string;
  mutates: boolean;
  run: (actor: SessionUser, targetId: string, targetTenantId: string) => Promise<unknown>;
};
const CALLS: Call[] = [
  {
    name: "list users",
    mutates: false,
    run: async (actor, _id, tenantId) => {
      const { users } = await listUsers(actor, {});
      // Listing is always the actor's own tenant, never the target's.
      if (tenantId !== actor.tenantId) expect(users.every((user) => user.id !== _id)).toBe(true);
    },
  },
  {
    name: "view a user",
    mutates: false,
    run: async (actor, id) => {
      const user = await getUser(actor, id);
      if (!user) throw Object.assign(new Error("not found"), { code: "NOT_FOUND" });
    },
  },
  {
    name: "add a user",
    mutates: true,
    run: (actor) =>
      addUser(
        actor,
        { name: "New", email: `authz-${unique()}@example.test`, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
        "en",
      ),
  },
  {
    name: "update roles",
    mutates: true,
    run: (actor, id) =>
      updateUserRoles(actor, { userId: id, agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" }),
  },
  { name: "reset password", mutates: true, run: (actor, id) => resetUserPassword(actor, id) },
  { name: "disable", mutates: true, run: (actor, id) => setUserStatus(actor, id, "DISABLED") },
  { name: "remove", mutates: true, run: (actor, id) => removeUser(actor, id) },
];

async function snapshot(tenantIds: string[]) {
  const [users, audits, emails] = await Promise.all([
    testDb().user.findMany({
      where: { tenantId: { in: tenantIds } },
      orderBy: { id: "asc" },
      omit: { passwordHash: false },
    }),
    testDb().auditEvent.count({ where: { tenantId: { in: tenantIds } } }),
    testDb().outboxEmail.count({ where: { tenantId: { in: tenantIds } } }),
  ]);
  return { users, audits, emails };
}

describe.each(combos)("P-users-view/P-users-manage as $agentRole + $adminRole", (roles) => {
  let actor: SessionUser;
  let otherTenantId: string;
  beforeAll(async () => {
    const own = await createPartner();
    const user = await createUser({ tenantId: own.tenant.id, ...roles });
    actor = (await signInAs(user.email)).actor;
    otherTenantId = (await createPartner()).tenant.id;
  });

  describe.each(["own", "other"] as const)("target in the %s tenant", (where) => {
    it.each(CALLS)("$name", async (call) => {
      const tenantId = where === "own" ? actor.tenantId : otherTenantId;
      const target = await createUser({ tenantId });
      const expected =
        mayManageUsers(roles.adminRole) &&
        (where === "own" || call.name === "add a user" || call.name === "list users");
      const before = await snapshot([actor.tenantId, otherTenantId]);
      let refusedWith: string | undefined;
      try {
        await call.run(actor, target.id, tenantId);
      } catch (error) {
        refusedWith = (error as { code?: string }).code ?? String(error);
      }
      if (expected) {
        expect(refusedWith).toBeUndefined();
      } else {
        expect(refusedWith).toBe("NOT_FOUND");
        expect(await snapshot([actor.tenantId, otherTenantId])).toEqual(before);
      }
    });
  });
});

// R17, transcribed from SPEC §3 independently of lib/authz: nobody grants a role they don't hold,
// and a manager may act on a user only if it could grant every role that user holds. A Global
// admin holds (and grants) everything; a User management admin grants User management admin,
// No admin, No agent and its own agent role — never Global admin.
const mayActOn = (
  manager: { agentRole: AgentRole; adminRole: AdminRole },
  target: { agentRole: AgentRole; adminRole: AdminRole },
) => {
  if (manager.adminRole === "GLOBAL_ADMIN") return true;
  const agentOk = target.agentRole === "NO_AGENT" || target.agentRole === manager.agentRole;
  return agentOk && target.adminRole !== "GLOBAL_ADMIN";
};

const ACTING_CALLS: Omit<Call, "mutates">[] = [
  // Lowering to No agent + No admin is grantable by every manager: only the target's roles decide.
  {
    name: "update roles",
    run: (actor, id) => updateUserRoles(actor, { userId: id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
  },
  { name: "reset password", run: (actor, id) => resetUserPassword(actor, id) },
  { name: "disable", run: (actor, id) => setUserStatus(actor, id, "DISABLED") },
  { name: "remove", run: (actor, id) => removeUser(actor, id) },
];
const managers = combos.filter((roles) => mayManageUsers(roles.adminRole));

describe.each(managers)("R17 a $agentRole + $adminRole acting on other users", (roles) => {
  let actor: SessionUser;
  beforeAll(async () => {
    const own = await createPartner(); // its enrolling Global admin keeps the tenant's last-admin rule out of the way
    const user = await createUser({ tenantId: own.tenant.id, ...roles });
    actor = (await signInAs(user.email)).actor;
  });

  describe.each(combos)("target $agentRole + $adminRole", (targetRoles) => {
    it.each(ACTING_CALLS)("$name", async (call) => {
      const target = await createUser({ tenantId: actor.tenantId, ...targetRoles });
      const before = await snapshot([actor.tenantId]);
      let refusal: { code?: string; message?: string; details?: { rule?: string } } | undefined;
      try {
        await call.run(actor, target.id, actor.tenantId);
      } catch (error) {
        refusal = error as typeof refusal;
      }
      if (mayActOn(roles, targetRoles)) {
        expect(refusal).toBeUndefined();
      } else {
        expect(refusal?.details?.rule).toBe("R17");
        expect(refusal?.message).toMatch(/^R17: you can't change a user who holds the .+ role/);
        expect(await snapshot([actor.tenantId])).toEqual(before);
      }
    });
  });
});
