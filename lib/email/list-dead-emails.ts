import "server-only";
import { db } from "@/lib/db/client";

export type DeadEmail = {
  id: string;
  template: string;
  toAddress: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * A tenant's undeliverable emails, newest first, for its admins. The caller checks the
 * permission and takes `tenantId` from the session. Bodies stay in the row for a resend.
 */
export async function listDeadEmails(tenantId: string, take = 100): Promise<DeadEmail[]> {
  return db().outboxEmail.findMany({
    where: { tenantId, status: "DEAD" },
    select: { id: true, template: true, toAddress: true, subject: true, attempts: true, lastError: true, createdAt: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take,
  });
}
