// Sign-in (ENGINEERING §3): argon2id, uniform refusals, throttling per account+IP and per IP
// without locking the user out elsewhere, R18 temporary-password expiry, session revocation.
import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/authenticate";
import { issueDeviceToken } from "@/lib/auth/device-cookie";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { checkPasswordPolicy } from "@/lib/auth/password";
import { testDb } from "../helpers/db";
import { createPartner, createUser, TEST_PASSWORD, unique } from "../helpers/factories";

const ipOf = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}-${unique()}`;
const meta = (ip: string) => ({ ip, userAgent: "vitest" });

describe("sign-in", () => {
  it("stores argon2id hashes and opens a session row on success", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT" });
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const result = await authenticateUser(
      { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
      meta(ipOf()),
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(await testDb().userSession.count({ where: { id: result.sessionId, userId: user.id } })).toBe(1);
  });

  it("answers the same for an unknown email, a wrong password and a disabled account", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id });
    const disabled = await createUser({ tenantId: tenant.id });
    await testDb().user.update({ where: { id: disabled.id }, data: { status: "DISABLED" } });
    const answers = await Promise.all([
      authenticateUser({ email: `nobody-${unique()}@example.test`, password: TEST_PASSWORD }, meta(ipOf())),
      authenticateUser({ email: user.email, password: "wrong password here" }, meta(ipOf())),
      authenticateUser({ email: disabled.email, password: TEST_PASSWORD }, meta(ipOf())),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("throttles guessing on an account from any IP, but never locks the owner out of a known browser", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id });
    const knownBrowser = issueDeviceToken(`user:${user.email}`);
    // The attacker claims a new IP for every guess (X-Forwarded-For is forgeable).
    for (let i = 0; i < 10; i++)
      expect(await authenticateUser({ email: user.email, password: `guess-${i}-xxxxxxx` }, meta(ipOf()))).toMatchObject(
        { reason: "invalid" },
      );
    const blocked = await authenticateUser({ email: user.email, password: TEST_PASSWORD }, meta(ipOf()));
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // A browser the owner signed in with before is counted on its own.
    expect(
      await authenticateUser(
        { email: user.email, password: TEST_PASSWORD },
        { ...meta(ipOf()), deviceToken: knownBrowser },
      ),
    ).toMatchObject({ ok: true });
    // A device token of another account doesn't help.
    const stranger = issueDeviceToken(`user:someone-else-${unique()}@example.test`);
    expect(
      await authenticateUser(
        { email: user.email, password: TEST_PASSWORD },
        { ...meta(ipOf()), deviceToken: stranger },
      ),
    ).toMatchObject({ reason: "rate_limited" });
  });

  it("counts parallel guesses atomically: at most the limit reach the password check", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id });
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        authenticateUser({ email: user.email, password: `parallel-${i}-xxxx` }, meta(ipOf())),
      ),
    );
    const checked = answers.filter((answer) => !answer.ok && answer.reason === "invalid").length;
    expect(checked).toBe(10);
    expect(answers.filter((answer) => !answer.ok && answer.reason === "rate_limited")).toHaveLength(20);
  });

  it("throttles one IP that sprays many accounts", async () => {
    const sprayer = ipOf();
    for (let i = 0; i < 50; i++)
      await authenticateUser(
        { email: `spray-${i}-${unique()}@example.test`, password: "whatever-password" },
        meta(sprayer),
      );
    expect(
      await authenticateUser(
        { email: `spray-last-${unique()}@example.test`, password: "whatever-password" },
        meta(sprayer),
      ),
    ).toMatchObject({ reason: "rate_limited" });
  });

  it("R18 an expired temporary password no longer signs in", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id, mustChangePassword: true });
    await testDb().user.update({
      where: { id: user.id },
      data: { tempPasswordExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD }, meta(ipOf()))).toEqual({
      ok: false,
      reason: "temporary_password_expired",
    });
  });

  it("a revoked session or a bumped session version makes the old session useless", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT" });
    const sign = async () => {
      const result = await authenticateUser({ email: user.email, password: TEST_PASSWORD }, meta(ipOf()));
      if (!result.ok) throw new Error("sign-in failed");
      return { sessionId: result.sessionId, userId: result.userId, sessionVersion: result.sessionVersion, ip: null };
    };
    const first = await sign();
    const second = await sign();
    await testDb().userSession.update({ where: { id: first.sessionId }, data: { revokedAt: new Date() } });
    expect(await loadSessionUser(first)).toBeNull();
    expect(await loadSessionUser(second)).not.toBeNull(); // signing out here leaves other browsers alone
    await testDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadSessionUser(second)).toBeNull(); // "sign out everywhere"
  });
});

describe("password policy", () => {
  it("12 characters for users, 15 for admins, at most 128, no common passwords, no composition rules", () => {
    expect(checkPasswordPolicy("short-pass1", { isAdmin: false })).toBe("too_short");
    expect(checkPasswordPolicy("just twelve!", { isAdmin: false })).toBeNull();
    expect(checkPasswordPolicy("just twelve!", { isAdmin: true })).toBe("too_short");
    expect(checkPasswordPolicy("all lower case words here", { isAdmin: true })).toBeNull();
    expect(checkPasswordPolicy("x".repeat(129), { isAdmin: false })).toBe("too_long");
    expect(checkPasswordPolicy("1q2w3e4r5t6y", { isAdmin: false })).toBe("common");
  });
});

describe("sign-in throttling counts failures only", () => {
  it("many successful sign-ins from one IP never throttle it", async () => {
    const { tenant } = await createPartner({ withAdmin: false });
    const user = await createUser({ tenantId: tenant.id });
    const office = ipOf();
    for (let i = 0; i < 60; i++)
      expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD }, meta(office))).toMatchObject({
        ok: true,
      });
  });
});
