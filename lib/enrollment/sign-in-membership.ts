import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { signInBuckets } from "@/lib/auth/authenticate";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { clearSignInAttempts, countSignInAttempt } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db/client";
import { DomainError, validationErrorFrom } from "@/lib/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import { membershipSignInSchema } from "./enrollment-input";
import { assertMayEnroll, loadEnrollmentState, requireDraft } from "./enrollment-state";

/**
 * Signs in to the partner membership directory (its own accounts, SPEC §1) for this
 * organization's draft, so its organization profiles can be listed. Throttled like the portal's
 * sign-in (attempts counted before the password check, "membership:" scope); the same refusal
 * whether or not the email exists.
 */
export async function signInMembership(
  actor: UserActor,
  program: Program,
  unverifiedInput: unknown,
  meta: { ip: string; deviceToken?: string },
) {
  const parsed = membershipSignInSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { email, password } = parsed.data;

  const state = await loadEnrollmentState(db(), actor, program);
  assertMayEnroll(state, program);
  const draft = requireDraft(state);
  if (state.partner) throw new DomainError("CONFLICT", "enroll.membership.alreadyLinked");

  const buckets = signInBuckets("membership", email, meta);
  const wait = await countSignInAttempt(buckets);
  if (wait > 0)
    throw new DomainError("RATE_LIMITED", "enroll.membership.rateLimited", { vars: { minutes: Math.ceil(wait / 60) } });
  const account = await db().membershipAccount.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  const ok = account ? await verifyPassword(account.passwordHash, password) : await verifyAgainstDummy(password);
  if (!account || !ok) throw new DomainError("FORBIDDEN", "enroll.membership.invalid");
  await clearSignInAttempts(buckets);

  await db().enrollmentDraft.update({
    where: { id: draft.id, tenantId: actor.tenantId },
    data: { membershipAccountId: account.id, membershipProfileId: null },
  });
}
