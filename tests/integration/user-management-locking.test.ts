// R17 / ENGINEERING §3 (roles are re-read, races): every user-management change takes the tenant
// lock, then re-reads the acting user inside the same transaction and checks P-users-manage and
// the role hierarchy on those fresh roles. A manager demoted, disabled, removed or signed out
// while its request waited for the lock is refused ("not found" for a lost permission) and
// changes nothing. The lock is FOR NO KEY UPDATE, so rows that merely reference the tenant
// (audit events, outbox emails, users) are never blocked by it.
import type pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { addUser } from "@/lib/users/add-user";
import { removeUser } from "@/lib/users/remove-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { lockTenantUsers } from "@/lib/users/user-rules";
import { signInAs } from "../helpers/actors";
import { closeSql, sql, testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

afterAll(closeSql);

type Refusal = { code?: string; message?: string; details?: { rule?: string } };
const outcomeOf = async (promise: Promise<unknown>): Promise<Refusal | "done"> => {
  try {
    await promise;
    return "done";
  } catch (error) {
    return error as Refusal;
  }
};

/** A tenant with a Global admin (kept out of the way), the manager under test and a plain target. */
async function scene(
  manager: { agentRole: AgentRole; adminRole: AdminRole } = {
    agentRole: "NO_AGENT",
    adminRole: "USER_MANAGEMENT_ADMIN",
  },
) {
  const { tenant } = await createPartner();
  const managerRow = await createUser({ tenantId: tenant.id, ...manager });
  const signedIn = await signInAs(managerRow.email);
  const target = await createUser({ tenantId: tenant.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" });
  return { tenant, actor: signedIn.actor, claims: signedIn.claims, target };
}

async function snapshot(tenantId: string) {
  const [users, audits, emails] = await Promise.all([
    testDb().user.findMany({ where: { tenantId }, orderBy: { id: "asc" }, omit: { passwordHash: false } }),
    testDb().auditEvent.count({ where: { tenantId } }),
    testDb().outboxEmail.count({ where: { tenantId } }),
  ]);
  return { users, audits, emails };
}

/** Every change a manager can make, as a fresh call each time (the actor object stays the stale one). */
const CHANGES: { name: string; run: (actor: SessionUser, targetId: string) => Promise<unknown> }[] = [
  {
    name: "add a user",
    run: (actor) =>
      addUser(
        actor,
        { name: "Late Larry", email: `late-${unique()}@example.test`, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
        "en",
      ),
  },
  {
    name: "update roles",
    run: (actor, id) =>
      updateUserRoles(actor, { userId: id, agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" }),
  },
  { name: "reset password", run: (actor, id) => resetUserPassword(actor, id) },
  { name: "disable", run: (actor, id) => setUserStatus(actor, id, "DISABLED") },
  { name: "remove", run: (actor, id) => removeUser(actor, id) },
];

/** Changes the manager's own row (and sessions) the way another admin or the user itself would. */
const STALE_CAUSES: { name: string; apply: (userId: string) => Promise<unknown> }[] = [
  {
    name: "demoted to No admin",
    apply: (id) =>
      testDb().user.update({ where: { id }, data: { adminRole: "NO_ADMIN", sessionVersion: { increment: 1 } } }),
  },
  {
    name: "disabled",
    apply: (id) =>
      testDb().user.update({ where: { id }, data: { status: "DISABLED", sessionVersion: { increment: 1 } } }),
  },
  { name: "removed", apply: (id) => testDb().user.delete({ where: { id } }) },
  {
    name: "signed out everywhere",
    apply: (id) =>
      testDb().$transaction([
        testDb().user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } }),
        testDb().userSession.updateMany({ where: { userId: id }, data: { revokedAt: new Date() } }),
      ]),
  },
];

describe("R17 the acting user is re-read after the tenant lock", () => {
  describe.each(STALE_CAUSES)("a manager $name after its request started", (cause) => {
    it.each(CHANGES)("$name is refused as not found and changes nothing", async (change) => {
      const { tenant, actor, target } = await scene();
      await cause.apply(actor.userId);
      const before = await snapshot(tenant.id);
      const outcome = await outcomeOf(change.run(actor, target.id));
      expect(outcome).not.toBe("done");
      expect((outcome as Refusal).code).toBe("NOT_FOUND");
      expect(await snapshot(tenant.id)).toEqual(before);
    });
  });

  it("a session version that moved on (when the actor carries one) is refused too", async () => {
    const { tenant, actor, claims, target } = await scene();
    const withVersion = { ...actor, sessionVersion: claims.sessionVersion };
    await testDb().user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
    const before = await snapshot(tenant.id);
    expect(await outcomeOf(resetUserPassword(withVersion, target.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(tenant.id)).toEqual(before);
    // The same actor with the current version goes through.
    const current = { ...withVersion, sessionVersion: claims.sessionVersion + 1 };
    expect(await outcomeOf(setUserStatus(current, target.id, "DISABLED"))).toBe("done");
  });

  it("fresh roles also decide the role hierarchy: a Global admin lowered to User management admin while waiting can't touch an Admin agent", async () => {
    const { tenant, actor } = await scene({ agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" });
    const agent = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" });
    await testDb().user.update({ where: { id: actor.userId }, data: { adminRole: "USER_MANAGEMENT_ADMIN" } });
    const before = await snapshot(tenant.id);
    const outcome = await outcomeOf(resetUserPassword(actor, agent.id));
    expect((outcome as Refusal).details?.rule).toBe("R17");
    expect(await snapshot(tenant.id)).toEqual(before);
  });
});

/** A second connection holding the tenant lock, as a concurrent user change would. */
async function holdTenantLock(tenantId: string) {
  const client: pg.PoolClient = await sql().connect();
  await client.query("BEGIN");
  await client.query("SELECT id FROM tenants WHERE id = $1 FOR NO KEY UPDATE", [tenantId]);
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  return { client, pid: rows[0].pid };
}

/** Resolves once some backend is waiting for a lock that `holderPid` holds. */
async function someoneWaitsOn(holderPid: number) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await sql().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
      [holderPid],
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("no request waited for the tenant lock");
}

describe("R17 demoted while waiting for the tenant lock", () => {
  it.each(CHANGES)("$name: the waiting request sees the demotion and is refused as not found", async (change) => {
    const { tenant, actor, target } = await scene();
    const before = await snapshot(tenant.id);
    const holder = await holdTenantLock(tenant.id);
    try {
      const pending = outcomeOf(change.run(actor, target.id));
      await someoneWaitsOn(holder.pid); // the request passed its early check and now waits for the lock
      await holder.client.query(
        "UPDATE users SET admin_role = 'NO_ADMIN', session_version = session_version + 1 WHERE id = $1",
        [actor.userId],
      );
      await holder.client.query("COMMIT");
      const outcome = await pending;
      expect(outcome).not.toBe("done");
      expect((outcome as Refusal).code).toBe("NOT_FOUND");
    } finally {
      holder.client.release();
    }
    const after = await snapshot(tenant.id);
    // Only the demotion itself happened: no other user, audit event or email changed.
    const others = (users: typeof before.users) => users.filter((user) => user.id !== actor.userId);
    expect(others(after.users)).toEqual(others(before.users));
    expect(after.audits).toBe(before.audits);
    expect(after.emails).toBe(before.emails);
  });

  it("without the demotion the waiting request goes through once the lock is released", async () => {
    const { tenant, actor, target } = await scene();
    const holder = await holdTenantLock(tenant.id);
    try {
      const pending = outcomeOf(setUserStatus(actor, target.id, "DISABLED"));
      await someoneWaitsOn(holder.pid);
      await holder.client.query("COMMIT");
      expect(await pending).toBe("done");
    } finally {
      holder.client.release();
    }
    expect(await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: "DISABLED" });
  });
});

describe("the tenant lock is FOR NO KEY UPDATE", () => {
  it("it serializes user changes within the tenant but never blocks rows that reference the tenant", async () => {
    const { tenant, admin } = await createPartner();
    const other = await sql().connect();
    try {
      await testDb().$transaction(async (tx) => {
        await lockTenantUsers(tx, tenant.id);
        await other.query("BEGIN");
        await other.query("SET LOCAL lock_timeout = '1s'");
        // Inserts referencing the tenant take FOR KEY SHARE on it: no conflict, no wait.
        await other.query(
          "INSERT INTO users (id, tenant_id, name, email, password_hash, updated_at) VALUES (gen_random_uuid(), $1, 'Side Door', $2, 'x', now())",
          [tenant.id, `side-${unique()}@example.test`],
        );
        await other.query(
          "INSERT INTO audit_events (id, tenant_id, actor_label, action, target_type, target_id, target_label) VALUES (gen_random_uuid(), $1, 'system', 'user.created', 'user', $2, 'x')",
          [tenant.id, admin!.id],
        );
        // A second user change in the same tenant waits (here: gives up after lock_timeout).
        await expect(
          other.query("SELECT id FROM tenants WHERE id = $1 FOR NO KEY UPDATE", [tenant.id]),
        ).rejects.toMatchObject({ code: "55P03" });
        await other.query("ROLLBACK");
      });
    } finally {
      other.release();
    }
  });
});
