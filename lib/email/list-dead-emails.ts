import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";

/** How many undeliverable emails a page lists (newest first); more is a sign to fix SMTP, not to page. */
export const DEAD_EMAILS_LIMIT = 100;

export const DEAD_EMAIL_SELECT = {
  id: true,
  template: true,
  toAddress: true,
  subject: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type DeadEmail = {
  id: string;
  template: string;
  toAddress: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  /** When the last attempt failed and the email was given up. */
  updatedAt: Date;
};

/**
 * The actor's organization's undeliverable (DEAD) emails, newest first, for its admins
 * (ENGINEERING §3 "dead letters visible to admins"; P-audit-view). The tenant is the session's.
 * Bodies stay in the row for a retry and are not read here.
 */
export async function listDeadEmails(actor: UserActor, take = DEAD_EMAILS_LIMIT): Promise<DeadEmail[]> {
  assertPermission(actor, "audit-view");
  return db().outboxEmail.findMany({
    where: { tenantId: actor.tenantId, status: "DEAD" },
    select: DEAD_EMAIL_SELECT,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, take), DEAD_EMAILS_LIMIT),
  });
}
