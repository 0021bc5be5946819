import "server-only";
import { countAttempt } from "@/lib/auth/rate-limit";
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";

// Invitation emails go out through the vendor's SMTP with the partner's own text: each partner
// gets at most INVITATION_EMAILS_PER_HOUR (default 100) per hour — creating, sending and
// resending an invitation each count one (fixed window, rate_limit_buckets).

export const INVITATION_EMAILS_PER_HOUR_DEFAULT = 100;
const WINDOW_SECONDS = 3600;

/** The hourly limit per partner, read on every call (INVITATION_EMAILS_PER_HOUR, a positive integer; else the default). */
export function invitationEmailsPerHour(): number {
  const configured = Number(process.env.INVITATION_EMAILS_PER_HOUR);
  return Number.isInteger(configured) && configured > 0 ? configured : INVITATION_EMAILS_PER_HOUR_DEFAULT;
}

/**
 * Inside the caller's transaction (so a refused or rolled-back action doesn't count): counts one
 * invitation email for the partner and refuses with RATE_LIMITED when the hour's limit is spent.
 */
export async function countInvitationEmail(tx: Tx, partnerId: string): Promise<void> {
  const wait = await countAttempt(tx, "invitation-email", partnerId, {
    max: invitationEmailsPerHour(),
    windowSeconds: WINDOW_SECONDS,
  });
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60));
    throw new DomainError("RATE_LIMITED", "partnerships.invitation.rateLimited", { vars: { minutes } });
  }
}
