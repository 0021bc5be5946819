import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { clearSignInAttempts, countSignInAttempt, type Bucket } from "./rate-limit";
import { verifyDeviceToken } from "./device-cookie";
import { metrics } from "@/lib/observability/metrics";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// Not strict: Auth.js adds its own fields (callbackUrl, csrfToken) to the credentials.
export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type SignInMeta = { ip: string; userAgent: string | null; deviceToken?: string };

export type AuthenticationResult =
  | { ok: true; userId: string; sessionId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "rate_limited" | "temporary_password_expired"; retryAfterSeconds?: number };

/** Throttling buckets for one attempt: a known browser is counted on its own; anything else per account and IP. */
export function signInBuckets(scope: string, email: string, meta: Pick<SignInMeta, "ip" | "deviceToken">): Bucket[] {
  const deviceId = verifyDeviceToken(meta.deviceToken, `${scope}:${email}`);
  if (deviceId) return [{ name: "device", id: deviceId }];
  return [
    { name: "account", id: `${scope}:${email}` },
    { name: "ip", id: meta.ip },
  ];
}

/**
 * Checks a partner or customer user's email and password and opens a session row.
 * The same "invalid" answer for an unknown email, a wrong password or a disabled account.
 */
export async function authenticateUser(input: unknown, meta: SignInMeta): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const buckets = signInBuckets("user", email, meta);
  const retryAfterSeconds = await countSignInAttempt(buckets);
  if (retryAfterSeconds > 0) {
    metrics().signInThrottled.inc({ kind: "user" });
    return { ok: false, reason: "rate_limited", retryAfterSeconds };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      status: true,
      sessionVersion: true,
      mustChangePassword: true,
      tempPasswordExpiresAt: true,
    },
  });
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordOk || user.status !== "ACTIVE") {
    metrics().signInFailures.inc({ kind: "user" });
    return { ok: false, reason: "invalid" };
  }
  if (user.mustChangePassword && user.tempPasswordExpiresAt && user.tempPasswordExpiresAt <= new Date()) {
    return { ok: false, reason: "temporary_password_expired" };
  }
  await clearSignInAttempts(buckets);
  const [session] = await db().$transaction([
    db().userSession.create({
      data: {
        userId: user.id,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    }),
    db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
  ]);
  return { ok: true, userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
}

/** Operators sign in to the console with their own accounts; partner users never match here. */
export async function authenticateOperator(input: unknown, meta: SignInMeta) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const buckets = signInBuckets("operator", email, meta);
  if ((await countSignInAttempt(buckets)) > 0) {
    metrics().signInThrottled.inc({ kind: "operator" });
    return null;
  }
  const operator = await db().operator.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  const ok = operator ? await verifyPassword(operator.passwordHash, password) : await verifyAgainstDummy(password);
  if (!operator || !ok) {
    metrics().signInFailures.inc({ kind: "operator" });
    return null;
  }
  await clearSignInAttempts(buckets);
  return { operatorId: operator.id, sessionVersion: operator.sessionVersion };
}
