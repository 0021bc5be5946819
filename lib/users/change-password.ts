import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { checkPasswordPolicy, hashPassword, passwordMinimum, verifyPassword } from "@/lib/auth/password";
import { clearSignInAttempts, countSignInAttempt } from "@/lib/auth/rate-limit";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound, validationError } from "@/lib/errors";
import type { ChangePasswordInput } from "./user-input";

/**
 * Replaces the actor's own password (R18: also the forced change after a temporary one).
 * Bumps the session version and revokes every session; the caller signs in afresh.
 */
export async function changePassword(actor: UserActor, input: ChangePasswordInput): Promise<void> {
  const user = await db().user.findFirst({
    where: { id: actor.userId, tenantId: actor.tenantId },
    select: {
      id: true,
      email: true,
      name: true,
      adminRole: true,
      passwordHash: true,
      mustChangePassword: true,
      tempPasswordExpiresAt: true,
    },
  });
  if (!user) throw notFound("user");
  if (user.mustChangePassword && user.tempPasswordExpiresAt && user.tempPasswordExpiresAt <= new Date()) {
    throw validationError({ currentPassword: "signIn.tempExpired" });
  }
  // Guessing the current password from a stolen session is throttled like sign-in.
  const buckets = [{ name: "account" as const, id: `password-change:${user.id}` }];
  const wait = await countSignInAttempt(buckets);
  if (wait > 0) throw validationError({ currentPassword: "signIn.rateLimited" }, { minutes: Math.ceil(wait / 60) });
  const isAdmin = user.adminRole !== "NO_ADMIN";
  const min = passwordMinimum(isAdmin);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw validationError({ currentPassword: "password.wrongCurrent" });
  await clearSignInAttempts(buckets);
  const problem = checkPasswordPolicy(input.newPassword, { isAdmin, email: user.email, name: user.name });
  if (problem) throw validationError({ newPassword: `password.${problem}` }, { min });
  if (input.newPassword !== input.confirmPassword) throw validationError({ confirmPassword: "password.mismatch" });
  if (input.newPassword === input.currentPassword) throw validationError({ newPassword: "password.sameAsOld" });

  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, tempPasswordExpiresAt: null, sessionVersion: { increment: 1 } },
    });
    await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "user.password_changed",
      target: { type: "user", id: user.id, label: user.email },
      after: { wasTemporary: user.mustChangePassword },
    });
  });
}
