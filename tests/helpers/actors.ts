// Actors for domain calls, built the way the app builds them: a real sign-in (password check,
// session row) resolved through loadSessionUser — the same path every request takes.
import { authenticateUser } from "@/lib/auth/authenticate";
import { loadSessionUser, type SessionUser } from "@/lib/auth/load-session-user";
import { TEST_PASSWORD } from "./factories";

export type SignedIn = {
  actor: SessionUser;
  claims: { sessionId: string; userId: string; sessionVersion: number; ip: string };
};

export async function signInAs(email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const result = await authenticateUser({ email, password }, { ip, userAgent: "vitest" });
  if (!result.ok) throw new Error(`sign-in of ${email} failed: ${result.reason}`);
  const claims = { sessionId: result.sessionId, userId: result.userId, sessionVersion: result.sessionVersion, ip };
  const actor = await loadSessionUser(claims);
  if (!actor) throw new Error(`session of ${email} did not resolve`);
  return { actor, claims };
}
