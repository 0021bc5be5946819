// User management domain functions: R17 (role hierarchy, last Global admin, unique emails),
// R18 (temporary passwords), audit and outbox in the same transaction, session revocation.
import { describe, expect, it } from "vitest";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { verifyPassword } from "@/lib/auth/password";
import { addUser } from "@/lib/users/add-user";
import { removeUser } from "@/lib/users/remove-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { addUserSchema } from "@/lib/users/user-input";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

async function orgWithAdmin() {
  const { tenant, admin } = await createPartner();
  const signedIn = await signInAs(admin!.email);
  return { tenant, admin: admin!, actor: signedIn.actor, claims: signedIn.claims };
}

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; details: { rule?: string; fieldErrors?: Record<string, string> } };
  }
  throw new Error("expected a refusal");
};

describe("Add user (R18, §5, §6)", () => {
  it("R18 creates the user with a temporary password stored only as a hash, a notice email without it, and an audit event", async () => {
    const { tenant, actor } = await orgWithAdmin();
    const email = `new-${unique()}@example.test`;
    const result = await addUser(
      actor,
      { name: "Nina New", email, agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" },
      "en",
    );
    expect(result.temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const row = await testDb().user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      tenantId: tenant.id,
      agentRole: "SALES_AGENT",
      adminRole: "NO_ADMIN",
      mustChangePassword: true,
    });
    expect(row.passwordHash).not.toContain(result.temporaryPassword);
    expect(await verifyPassword(row.passwordHash, result.temporaryPassword)).toBe(true);
    const hours = (row.tempPasswordExpiresAt!.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71);
    expect(hours).toBeLessThanOrEqual(72);
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.template).toBe("user-added");
    expect(`${mail.subject}${mail.html}${mail.text}`).not.toContain(result.temporaryPassword);
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "user.created", targetId: row.id },
    });
    expect(audit.actorLabel).toBe(actor.email);
    expect(audit.after).toMatchObject({ agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" });
  });

  it("R17 emails are unique across the directory regardless of case and surrounding spaces", async () => {
    const { actor } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const email = `dup-${unique()}@example.test`;
    await addUser(
      actor,
      addUserSchema.parse({ name: "First", email, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
      "en",
    );
    const input = addUserSchema.parse({
      name: "Second",
      email: `  ${email.toUpperCase()} `,
      agentRole: "NO_AGENT",
      adminRole: "NO_ADMIN",
    });
    const error = await refusal(addUser(other.actor, input, "en"));
    expect(error.details.fieldErrors).toEqual({ email: "users.emailTaken" });
    expect(await testDb().user.count({ where: { email } })).toBe(1);
  });

  it("bad input gets field messages: empty name, malformed or over-long email, unknown role, extra fields", () => {
    const issues = (input: unknown) =>
      addUserSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".") || "form"}:${issue.message}`);
    expect(issues({ name: " ", email: "x@y.test", agentRole: "NO_AGENT", adminRole: "NO_ADMIN" })).toEqual([
      "name:users.nameRequired",
    ]);
    expect(issues({ name: "A", email: "not-an-email", agentRole: "NO_AGENT", adminRole: "NO_ADMIN" })).toEqual([
      "email:users.emailInvalid",
    ]);
    expect(
      issues({ name: "A", email: `${"a".repeat(250)}@y.test`, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
    ).toEqual(["email:users.emailTooLong"]);
    expect(issues({ name: "A", email: "x@y.test", agentRole: "SUPER_AGENT", adminRole: "NO_ADMIN" })).toEqual([
      "agentRole:users.roleInvalid",
    ]);
    expect(
      issues({ name: "A", email: "x@y.test", agentRole: "NO_AGENT", adminRole: "NO_ADMIN", tenantId: "x" })?.[0],
    ).toMatch(/^form:/);
  });
});

describe("R17 role hierarchy", () => {
  it("a User management admin can't create or promote a Global admin, nor change one", async () => {
    const { tenant, admin } = await orgWithAdmin();
    const uma = await createUser({ tenantId: tenant.id, adminRole: "USER_MANAGEMENT_ADMIN" });
    const { actor } = await signInAs(uma.email);
    const email = `ga-${unique()}@example.test`;
    const create = await refusal(
      addUser(actor, { name: "Would-be GA", email, agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" }, "en"),
    );
    expect(create.details.rule).toBe("R17");
    expect(await testDb().user.count({ where: { email } })).toBe(0);

    const plain = await createUser({ tenantId: tenant.id });
    const promote = await refusal(
      updateUserRoles(actor, { userId: plain.id, agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" }),
    );
    expect(promote.message).toMatch(/^R17: /);
    const demoteGa = await refusal(
      updateUserRoles(actor, { userId: admin.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
    );
    expect(demoteGa.details.rule).toBe("R17");
    expect(await testDb().user.findUniqueOrThrow({ where: { id: plain.id } })).toMatchObject({ adminRole: "NO_ADMIN" });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      adminRole: "GLOBAL_ADMIN",
    });
  });

  it("R17 a User management admin (No agent) can't reset, disable, enable, remove or change an Admin agent", async () => {
    const { tenant } = await orgWithAdmin();
    const uma = await createUser({ tenantId: tenant.id, agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" });
    const { actor } = await signInAs(uma.email);
    const agent = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" });
    const { claims } = await signInAs(agent.email);
    const before = await testDb().user.findUniqueOrThrow({ where: { id: agent.id }, omit: { passwordHash: false } });
    const attempts = [
      () => resetUserPassword(actor, agent.id),
      () => setUserStatus(actor, agent.id, "DISABLED"),
      () => removeUser(actor, agent.id),
      () => updateUserRoles(actor, { userId: agent.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
      () => updateUserRoles(actor, { userId: agent.id, agentRole: "ADMIN_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt());
      expect(error.details.rule).toBe("R17");
      expect(error.message).toBe(
        "R17: you can't change a user who holds the Admin agent role, because you can't grant that role.",
      );
    }
    // Nothing changed: same password, roles, status, session version; the agent's session lives on.
    expect(await testDb().user.findUniqueOrThrow({ where: { id: agent.id }, omit: { passwordHash: false } })).toEqual(
      before,
    );
    expect(await loadSessionUser(claims)).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id, targetId: agent.id } })).toBe(0);
    // Disabled by a Global admin, the agent can't be enabled by the User management admin either.
    const { actor: globalAdmin } = await signInAs(
      (await testDb().user.findFirstOrThrow({ where: { tenantId: tenant.id, adminRole: "GLOBAL_ADMIN" } })).email,
    );
    await setUserStatus(globalAdmin, agent.id, "DISABLED");
    expect((await refusal(setUserStatus(actor, agent.id, "ACTIVE"))).details.rule).toBe("R17");
    expect(await testDb().user.findUniqueOrThrow({ where: { id: agent.id } })).toMatchObject({ status: "DISABLED" });
  });

  it("R17 a User management admin (No agent) manages a No agent + No admin user: roles, reset, disable, enable, remove", async () => {
    const { tenant } = await orgWithAdmin();
    const uma = await createUser({ tenantId: tenant.id, agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" });
    const { actor } = await signInAs(uma.email);
    const plain = await createUser({ tenantId: tenant.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" });
    expect(
      await updateUserRoles(actor, { userId: plain.id, agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" }),
    ).toMatchObject({ adminRole: "USER_MANAGEMENT_ADMIN" });
    // A fellow User management admin (No agent) holds only grantable roles: still manageable.
    expect(
      await updateUserRoles(actor, { userId: plain.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
    ).toMatchObject({ adminRole: "NO_ADMIN" });
    expect((await resetUserPassword(actor, plain.id)).temporaryPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await setUserStatus(actor, plain.id, "DISABLED")).toMatchObject({ status: "DISABLED" });
    expect(await setUserStatus(actor, plain.id, "ACTIVE")).toMatchObject({ status: "ACTIVE" });
    await removeUser(actor, plain.id);
    expect(await testDb().user.count({ where: { id: plain.id } })).toBe(0);
  });

  it("a User management admin grants only agent roles it holds", async () => {
    const { tenant } = await orgWithAdmin();
    const uma = await createUser({
      tenantId: tenant.id,
      agentRole: "HELPDESK_AGENT",
      adminRole: "USER_MANAGEMENT_ADMIN",
    });
    const { actor } = await signInAs(uma.email);
    const ok = await addUser(
      actor,
      { name: "Helper", email: `h-${unique()}@example.test`, agentRole: "HELPDESK_AGENT", adminRole: "NO_ADMIN" },
      "en",
    );
    expect(ok.user.agentRole).toBe("HELPDESK_AGENT");
    const refused = await refusal(
      addUser(
        actor,
        { name: "Agent", email: `a-${unique()}@example.test`, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" },
        "en",
      ),
    );
    expect(refused.details.fieldErrors).toEqual({ agentRole: "users.cantGrant" });
  });

  it("nobody raises their own roles; lowering them works", async () => {
    const { tenant, actor } = await orgWithAdmin();
    await createUser({ tenantId: tenant.id, adminRole: "GLOBAL_ADMIN" }); // keeps a Global admin around
    const self = await createUser({
      tenantId: tenant.id,
      agentRole: "HELPDESK_AGENT",
      adminRole: "USER_MANAGEMENT_ADMIN",
    });
    const { actor: selfActor } = await signInAs(self.email);
    const raise = await refusal(
      updateUserRoles(selfActor, { userId: self.id, agentRole: "HELPDESK_AGENT", adminRole: "GLOBAL_ADMIN" }),
    );
    expect(raise.details.rule).toBe("R17");
    const lowered = await updateUserRoles(actor, {
      userId: actor.userId,
      agentRole: "NO_AGENT",
      adminRole: "GLOBAL_ADMIN",
    });
    expect(lowered.agentRole).toBe("NO_AGENT");
  });

  it("the last active Global admin can't be demoted, disabled or removed", async () => {
    const { tenant, actor } = await orgWithAdmin();
    const demote = await refusal(
      updateUserRoles(actor, { userId: actor.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" }),
    );
    expect(demote.message).toBe("R17: your organization must keep at least one active Global admin.");
    // A second Global admin that is disabled doesn't count.
    const second = await createUser({ tenantId: tenant.id, adminRole: "GLOBAL_ADMIN" });
    await setUserStatus(actor, second.id, "DISABLED");
    const again = await refusal(
      updateUserRoles(actor, { userId: actor.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" }),
    );
    expect(again.details.rule).toBe("R17");
    await setUserStatus(actor, second.id, "ACTIVE");
    const { actor: secondActor } = await signInAs(second.email);
    await updateUserRoles(secondActor, { userId: actor.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" });
    // Even acting on what it last knew, the demoted admin can't remove the last Global admin: its
    // roles are re-read inside the transaction, and it has no user management any more…
    expect((await refusal(removeUser(actor, second.id))).code).toBe("NOT_FOUND");
    // …and, signed in again, it has no user management at all (roles are re-read).
    const { actor: demoted } = await signInAs(actor.email);
    expect((await refusal(setUserStatus(demoted, second.id, "DISABLED"))).code).toBe("NOT_FOUND");
    const lastStanding = await refusal(
      updateUserRoles(secondActor, { userId: second.id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }),
    );
    expect(lastStanding.details.rule).toBe("R17");
    expect(
      await testDb().user.count({ where: { tenantId: tenant.id, adminRole: "GLOBAL_ADMIN", status: "ACTIVE" } }),
    ).toBe(1);
  });

  it("R17 two Global admins demoting each other at the same moment always leave one (many rounds)", async () => {
    for (let round = 0; round < 15; round++) {
      const { tenant, actor: a } = await orgWithAdmin();
      const other = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" });
      const { actor: b } = await signInAs(other.email);
      const results = await Promise.allSettled([
        updateUserRoles(a, { userId: b.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" }),
        updateUserRoles(b, { userId: a.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" }),
        setUserStatus(a, b.userId, "DISABLED"),
        setUserStatus(b, a.userId, "DISABLED"),
      ]);
      expect(results.some((result) => result.status === "fulfilled")).toBe(true);
      const globalAdmins = await testDb().user.count({
        where: { tenantId: tenant.id, adminRole: "GLOBAL_ADMIN", status: "ACTIVE" },
      });
      expect(globalAdmins).toBe(1);
    }
  });
});

describe("sessions end at once (ENGINEERING §3)", () => {
  it("an old session is useless after a role change, a password reset, disabling and removal", async () => {
    const { tenant, actor } = await orgWithAdmin();
    const cases = [
      (id: string) => updateUserRoles(actor, { userId: id, agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" }),
      (id: string) => resetUserPassword(actor, id),
      (id: string) => setUserStatus(actor, id, "DISABLED"),
      (id: string) => removeUser(actor, id),
    ];
    for (const change of cases) {
      const user = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT" });
      const { claims } = await signInAs(user.email);
      expect(await loadSessionUser(claims)).not.toBeNull();
      await change(user.id);
      expect(await loadSessionUser(claims)).toBeNull();
    }
  });

  it("R18 a reset gives a new temporary password that must be changed and ends sessions", async () => {
    const { tenant, actor } = await orgWithAdmin();
    const user = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT" });
    const { temporaryPassword } = await resetUserPassword(actor, user.id);
    const after = await testDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, temporaryPassword)).toBe(true);
    const audit = await testDb().auditEvent.count({
      where: { tenantId: tenant.id, action: "user.password_reset", targetId: user.id },
    });
    expect(audit).toBe(1);
  });
});
