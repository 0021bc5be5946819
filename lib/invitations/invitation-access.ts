import "server-only";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { normalizeLineBreaks, stripControlCharacters } from "@/lib/text";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { can } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import type { InvitationKind, InvitationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/text";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { INVITATION_KINDS } from "./invitation-kinds";

// Shared by send-invitation-email.ts, resend-invitation.ts and revoke-invitation.ts (R16).

/** The partner's edited email text: at most this many characters (the column holds 5000). */
export const INVITATION_TEXT_MAX = 4000;

/** The edited text of an invitation email: line breaks and tabs stay, other control characters go. */
export const invitationTextField = z
  .string({ error: "partnerships.invitation.textInvalid" })
  .max(INVITATION_TEXT_MAX, "partnerships.invitation.textTooLong")
  .transform((text) => stripControlCharacters(normalizeLineBreaks(text), { multiline: true }).trim());

/** A form that only carries a link's raw token (sign out and come back to it): anything malformed reads as "". */
export const invitationTokenSchema = z.strictObject({
  token: z
    .string()
    .max(100)
    .catch("")
    .transform((token) => (isWellFormedToken(token) ? token : "")),
});

/** Before any read: a partner user who may handle at least one kind of invitation; else NOT_FOUND. */
export function assertMayHandleInvitations(actor: UserActor): void {
  if (actor?.kind !== "user" || !Object.values(INVITATION_KINDS).some((spec) => can(actor, spec.permission)))
    throw notFound("invitation");
}

export type LockedInvitation = {
  id: string;
  kind: InvitationKind;
  status: InvitationStatus;
  inviterId: string;
  coInviterId: string | null;
  intendedEmail: string | null;
  message: string | null;
  locale: string;
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
  resentAt: Date | null;
  sentAt: Date | null;
  /** Past expires_at by the database clock. */
  expired: boolean;
};

/**
 * Inside the caller's transaction: the actor's own partner's invitation (as inviter), locked
 * FOR UPDATE, of one of the `kinds` the calling page handles, and the permission its kind needs.
 * Another partner's invitation, another page's kind, a malformed id and a missing permission all
 * answer NOT_FOUND.
 */
export async function lockOwnInvitation(
  tx: Tx,
  actor: UserActor,
  unverifiedInvitationId: unknown,
  kinds: readonly InvitationKind[],
): Promise<LockedInvitation> {
  if (!isUuid(unverifiedInvitationId) || !actor.partnerId) throw notFound("invitation");
  const [row] = await tx.$queryRaw<LockedInvitation[]>`
    SELECT id, kind, status, inviter_id AS "inviterId", co_inviter_id AS "coInviterId", intended_email AS "intendedEmail",
           message, locale, token_hash AS "tokenHash", expires_at AS "expiresAt", created_at AS "createdAt",
           resent_at AS "resentAt", sent_at AS "sentAt", expires_at <= now() AS expired
    FROM invitations
    WHERE id = ${unverifiedInvitationId}::uuid AND inviter_id = ${actor.partnerId}::uuid
    FOR UPDATE`;
  if (!row || !kinds.includes(row.kind)) throw notFound("invitation");
  try {
    assertPermission(actor, INVITATION_KINDS[row.kind].permission);
  } catch {
    throw notFound("invitation");
  }
  return row;
}

/** The raw token the draft page posts back belongs to this invitation (constant-time compare). */
export function tokenMatches(tokenHash: string, token: string): boolean {
  const expected = Buffer.from(tokenHash, "utf8");
  const actual = Buffer.from(hashToken(token), "utf8");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** R16: only a PENDING invitation can be sent, resent or revoked; `allowExpired` for resend and revoke. */
export function assertPending(invitation: LockedInvitation, options: { allowExpired: boolean }): void {
  if (invitation.status !== "PENDING") {
    throw new DomainError("CONFLICT", "partnerships.invitation.notPending", {
      rule: "R16",
      vars: { state: `partnerships.state.${invitation.status}` },
    });
  }
  if (invitation.expired && !options.allowExpired) throw ruleViolation("R16", "partnerships.invitation.expired");
}
