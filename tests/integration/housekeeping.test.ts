// L1 housekeeping: expired rate-limit buckets, long-dead sessions and old sent emails are
// purged; everything still needed (open windows, live sessions, PENDING and DEAD emails) stays.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { purgeExpired, RETENTION_DAYS } from "@/lib/housekeeping/purge-expired";
import { uniqueSuffix } from "@/tests/helpers/databases";
import { withOwnDatabase } from "@/tests/helpers/own-database";
import { createTenant, createUser } from "@/tests/helpers/factories";

// Purging is global (every tenant's rows), so this file gets a database of its own: other test
// files' buckets and sessions on the shared run database stay untouched.
withOwnDatabase("hk");

const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const fromNow = (days: number) => new Date(Date.now() + days * DAY);

describe("L1 housekeeping", () => {
  it("L1 purgeExpired deletes ended rate-limit windows, sessions expired or revoked over 30 days ago and sent emails over 30 days old — nothing else", async () => {
    expect(RETENTION_DAYS).toBe(30);
    await db().rateLimitBucket.createMany({
      data: [
        { key: "ended", count: 7, resetAt: new Date(Date.now() - 1000) },
        { key: "open", count: 7, resetAt: new Date(Date.now() + 60_000) },
      ],
    });
    // More than one batch (5,000) of ended windows, as after a password-spraying night.
    await db()
      .$executeRaw`INSERT INTO rate_limit_buckets (key, count, reset_at) SELECT 'spray-' || n, 1, now() - interval '1 minute' FROM generate_series(1, 12000) n`;

    const tenant = await createTenant();
    const user = await createUser({ tenantId: tenant.id });
    const session = (label: string, data: { expiresAt: Date; revokedAt?: Date; createdAt?: Date }) =>
      db().userSession.create({
        data: { userId: user.id, userAgent: label, createdAt: data.createdAt ?? ago(60), ...data },
      });
    const sessions = {
      expiredLongAgo: await session("expired 31 days ago", { expiresAt: ago(31) }),
      expiredRecently: await session("expired 29 days ago", { expiresAt: ago(29) }),
      revokedLongAgo: await session("revoked 31 days ago", { expiresAt: fromNow(10), revokedAt: ago(31) }),
      revokedRecently: await session("revoked 29 days ago", { expiresAt: fromNow(10), revokedAt: ago(29) }),
      live: await session("live", { expiresAt: fromNow(10), createdAt: ago(1) }),
    };

    const email = (status: "PENDING" | "SENT" | "DEAD", dates: { sentAt?: Date; createdAt: Date }) =>
      db().outboxEmail.create({
        data: {
          template: "support-reply",
          toAddress: `hk-${uniqueSuffix()}@example.test`,
          subject: "S",
          status,
          ...dates,
        },
      });
    const emails = {
      sentLongAgo: await email("SENT", { createdAt: ago(40), sentAt: ago(31) }),
      sentRecently: await email("SENT", { createdAt: ago(40), sentAt: ago(29) }),
      deadLongAgo: await email("DEAD", { createdAt: ago(90) }),
      pendingLongAgo: await email("PENDING", { createdAt: ago(90) }),
    };

    expect(await purgeExpired()).toEqual({ rateLimitBuckets: 12001, userSessions: 2, sentEmails: 1, doneJobs: 0 });

    expect((await db().rateLimitBucket.findMany({ select: { key: true } })).map((row) => row.key)).toEqual(["open"]);
    const keptSessions = (await db().userSession.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(keptSessions).toEqual([sessions.expiredRecently.id, sessions.revokedRecently.id, sessions.live.id].sort());
    const keptEmails = (await db().outboxEmail.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(keptEmails).toEqual([emails.sentRecently.id, emails.deadLongAgo.id, emails.pendingLongAgo.id].sort());

    expect(await purgeExpired()).toEqual({ rateLimitBuckets: 0, userSessions: 0, sentEmails: 0, doneJobs: 0 }); // idempotent
  });
});
