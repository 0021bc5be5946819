// ENGINEERING §3 "dead letters visible to admins" (M7): P-audit-view lists the organization's
// undeliverable emails and retries one (re-queued in one transaction with the "email.retried"
// audit event), tenant-scoped; the operator sees and retries every organization's. Against
// real PostgreSQL and real SMTP servers on loopback.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OperatorActor, UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { startMailCatcher, type MailCatcher } from "@/lib/dev-mail/mail-catcher";
import { readMailbox } from "@/lib/dev-mail/read-mailbox";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { listAllDeadEmails } from "@/lib/email/list-all-dead-emails";
import { listDeadEmails } from "@/lib/email/list-dead-emails";
import { retryAnyDeadEmail } from "@/lib/email/retry-any-dead-email";
import { retryDeadEmail } from "@/lib/email/retry-dead-email";
import { deliverDueEmails, MAX_ATTEMPTS, stopEmailWorker } from "@/lib/email/worker";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { signInAs } from "@/tests/helpers/actors";
import { uniqueSuffix } from "@/tests/helpers/databases";
import { withOwnDatabase } from "@/tests/helpers/own-database";
import { createPartner, createUser } from "@/tests/helpers/factories";

// Delivery rounds claim every due row, so this file gets a database of its own.
withOwnDatabase("dead");

type Tenant = { id: string; name: string; primaryDomain: string };
let tenantA: Tenant;
let tenantB: Tenant;
const actors: Record<string, UserActor> = {};
let operator: OperatorActor;

async function userWith(tenantId: string, agentRole: AgentRole, adminRole: AdminRole) {
  const user = await createUser({ tenantId, agentRole, adminRole });
  return (await signInAs(user.email)).actor;
}

beforeAll(async () => {
  const a = await createPartner({ name: `Dead ${uniqueSuffix()} Alpha` });
  const b = await createPartner({ name: `Dead ${uniqueSuffix()} Beta` });
  tenantA = a.tenant;
  tenantB = b.tenant;
  actors.globalAdmin = (await signInAs(a.admin!.email)).actor;
  actors.userManagementAdmin = await userWith(tenantA.id, "NO_AGENT", "USER_MANAGEMENT_ADMIN");
  actors.adminAgent = await userWith(tenantA.id, "ADMIN_AGENT", "NO_ADMIN");
  actors.salesAgent = await userWith(tenantA.id, "SALES_AGENT", "NO_ADMIN");
  actors.helpdeskAgent = await userWith(tenantA.id, "HELPDESK_AGENT", "NO_ADMIN");
  actors.noRole = await userWith(tenantA.id, "NO_AGENT", "NO_ADMIN");
  actors.otherAdmin = (await signInAs(b.admin!.email)).actor;
  const row = await db().operator.create({
    data: { email: `operator-${uniqueSuffix()}@vendor.example`, name: "Olivia Operator", passwordHash: "not-used" },
  });
  operator = { kind: "operator", operatorId: row.id, email: row.email, name: row.name, ip: null };
});

let catcher: MailCatcher;
let mailboxDir: string;

beforeEach(async () => {
  mailboxDir = await mkdtemp(path.join(os.tmpdir(), "partner-center-dead-"));
  catcher = await startMailCatcher({ dir: mailboxDir, port: 0 });
  process.env.SMTP_URL = catcher.url;
});

afterEach(async () => {
  await stopEmailWorker(); // retries wake the worker only if one runs; none does here
  await catcher.stop();
  await rm(mailboxDir, { recursive: true, force: true });
  await db().outboxEmail.deleteMany();
});

function enqueue(tenantId: string | null, to = `someone-${uniqueSuffix()}@example.test`) {
  return db().$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      locale: "en",
      tenantId,
      template: "support-reply",
      props: { requestSubject: "Q", reply: "A", requestUrl: "https://partner-center.test/support/1" },
    }),
  );
}

/** An email that used up its attempts: DEAD with its last error and its body kept. */
async function deadEmail(tenantId: string | null, to?: string) {
  const { id } = await enqueue(tenantId, to);
  return db().outboxEmail.update({
    where: { id },
    data: { status: "DEAD", attempts: MAX_ATTEMPTS, lastError: "ECONNECTION Connection refused" },
  });
}

const outboxRow = (id: string) => db().outboxEmail.findUniqueOrThrow({ where: { id } });
const retriedEvents = (targetId: string) => db().auditEvent.findMany({ where: { action: "email.retried", targetId } });

describe("M7 undeliverable emails in Settings → Audit log (P-audit-view)", () => {
  it.each(["globalAdmin", "userManagementAdmin"])(
    "P-audit-view a %s lists exactly its own organization's DEAD emails, newest first",
    async (who) => {
      const older = await deadEmail(tenantA.id);
      const newer = await deadEmail(tenantA.id);
      await db().outboxEmail.update({ where: { id: older.id }, data: { updatedAt: new Date(Date.now() - 60_000) } });
      await enqueue(tenantA.id); // PENDING: not listed
      await deadEmail(tenantB.id); // another organization's
      await deadEmail(null); // a platform email

      const listed = await listDeadEmails(actors[who]!);
      expect(listed.map((email) => email.id)).toEqual([newer.id, older.id]);
      expect(listed[0]).toEqual({
        id: newer.id,
        template: "support-reply",
        toAddress: newer.toAddress,
        subject: newer.subject,
        attempts: MAX_ATTEMPTS,
        lastError: "ECONNECTION Connection refused",
        createdAt: newer.createdAt,
        updatedAt: expect.any(Date),
      });
      expect(listed[0]).not.toHaveProperty("html"); // bodies (may hold invitation links) stay in the row
    },
  );

  it.each(["adminAgent", "salesAgent", "helpdeskAgent", "noRole"])(
    "P-audit-view a %s can neither list nor retry (NOT_FOUND) and nothing changes",
    async (who) => {
      const dead = await deadEmail(tenantA.id);
      await expect(listDeadEmails(actors[who]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(retryDeadEmail(actors[who]!, dead.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await outboxRow(dead.id)).toEqual(dead);
      expect(await retriedEvents(dead.id)).toEqual([]);
    },
  );

  it("M7 tenant scope: another organization's email id, a malformed id or an email that isn't DEAD is not found, and nothing changes", async () => {
    const theirs = await deadEmail(tenantB.id);
    const platform = await deadEmail(null);
    const { id: pendingId } = await enqueue(tenantA.id);
    for (const id of [theirs.id, platform.id, pendingId, "not-a-uuid", "", `${theirs.id}' OR '1'='1`]) {
      await expect(retryDeadEmail(actors.globalAdmin!, id)).rejects.toMatchObject({
        code: "NOT_FOUND",
        messageKey: "deadEmails.notFound",
      });
    }
    expect(await outboxRow(theirs.id)).toEqual(theirs);
    expect(await outboxRow(platform.id)).toEqual(platform);
    expect(await db().auditEvent.count({ where: { action: "email.retried" } })).toBe(0);
    // Their own admin sees it; ours never did.
    expect((await listDeadEmails(actors.otherAdmin!)).map((email) => email.id)).toEqual([theirs.id]);
    expect((await listDeadEmails(actors.globalAdmin!)).map((email) => email.id)).toEqual([]);
  });

  it("M7 Retry re-queues the email with the audit event in one transaction, and it is delivered to a real SMTP server", async () => {
    // Reach DEAD the real way: the SMTP server refuses the recipient with 550.
    const rejecting = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 })),
    });
    await new Promise<void>((resolve) => rejecting.listen(0, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(rejecting.server.address() as net.AddressInfo).port}`;
    let id: string;
    try {
      id = (await enqueue(tenantA.id, `moved-${uniqueSuffix()}@fabrikam.example`)).id;
      expect(await deliverDueEmails()).toMatchObject({ claimed: 1, dead: 1 });
    } finally {
      await new Promise<void>((resolve) => rejecting.close(() => resolve()));
    }
    const dead = await outboxRow(id);
    expect(dead).toMatchObject({ status: "DEAD", attempts: 1 });
    expect((await listDeadEmails(actors.userManagementAdmin!)).map((email) => email.id)).toEqual([id]);

    // The mailbox is fixed; an admin retries.
    process.env.SMTP_URL = catcher.url;
    expect(await retryDeadEmail(actors.userManagementAdmin!, id)).toEqual({ id, toAddress: dead.toAddress });
    const requeued = await outboxRow(id);
    expect(requeued).toMatchObject({ status: "PENDING", attempts: 0, html: dead.html, text: dead.text });
    const [{ now }] = await db().$queryRaw<{ now: Date }[]>`SELECT now()`;
    expect(requeued.nextAttemptAt.getTime()).toBeLessThanOrEqual(now.getTime());
    const [event] = await retriedEvents(id);
    expect(event).toMatchObject({
      tenantId: tenantA.id,
      actorUserId: actors.userManagementAdmin!.userId,
      actorLabel: actors.userManagementAdmin!.email,
      targetType: "email",
      targetLabel: dead.toAddress,
      before: { status: "DEAD", attempts: 1 },
      after: { status: "PENDING", attempts: 0 },
    });
    expect(await listDeadEmails(actors.userManagementAdmin!)).toEqual([]);

    expect(await deliverDueEmails()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "SENT", attempts: 1, html: null, lastError: null });
    const [message] = await readMailbox(mailboxDir);
    expect(message).toMatchObject({ to: [dead.toAddress], subject: dead.subject });
    const raw = await readFile(
      path.join(
        mailboxDir,
        (await readdir(mailboxDir)).find((name) => name.endsWith(".eml"))!,
      ),
      "utf8",
    );
    expect(raw).toMatch(new RegExp(`^Message-ID: <${id}@`, "mi")); // the same email, not a copy
  });

  it("M7 two Retry clicks at once re-queue the email once: one succeeds, the other is not found, one audit event", async () => {
    const dead = await deadEmail(tenantA.id);
    const results = await Promise.allSettled([
      retryDeadEmail(actors.globalAdmin!, dead.id),
      retryDeadEmail(actors.userManagementAdmin!, dead.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "NOT_FOUND" } });
    expect(await retriedEvents(dead.id)).toHaveLength(1);
    expect(await outboxRow(dead.id)).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

describe("M7 undeliverable emails in the operator console", () => {
  it("M7 the operator lists every organization's DEAD emails (and platform ones) and retries any of them", async () => {
    const a = await deadEmail(tenantA.id);
    const b = await deadEmail(tenantB.id);
    const platform = await deadEmail(null);
    const { id: pendingId } = await enqueue(tenantB.id); // PENDING: not listed

    const listed = await listAllDeadEmails(operator);
    expect(listed.map((email) => email.id).sort()).toEqual([a.id, b.id, platform.id].sort());
    expect(listed.find((email) => email.id === b.id)!.tenant).toEqual({
      name: tenantB.name,
      primaryDomain: tenantB.primaryDomain,
    });
    expect(listed.find((email) => email.id === platform.id)!.tenant).toBeNull();

    expect(await retryAnyDeadEmail(operator, b.id)).toEqual({ id: b.id, toAddress: b.toAddress });
    expect(await outboxRow(b.id)).toMatchObject({ status: "PENDING", attempts: 0 });
    // The event lands in that organization's log, by the operator.
    expect(await retriedEvents(b.id)).toEqual([
      expect.objectContaining({
        tenantId: tenantB.id,
        actorOperatorId: operator.operatorId,
        actorLabel: operator.email,
      }),
    ]);
    await expect(retryAnyDeadEmail(operator, b.id)).rejects.toMatchObject({ code: "NOT_FOUND" }); // no longer DEAD
    expect(await retryAnyDeadEmail(operator, platform.id)).toMatchObject({ id: platform.id });

    expect(await deliverDueEmails()).toMatchObject({ claimed: 3, sent: 3 }); // the two retried and the PENDING one
    const pending = await outboxRow(pendingId);
    expect((await readMailbox(mailboxDir)).map((message) => message.to[0]).sort()).toEqual(
      [b.toAddress, platform.toAddress, pending.toAddress].sort(),
    );
    expect(await outboxRow(a.id)).toMatchObject({ status: "DEAD" }); // not retried: untouched
  });

  it("M7 the operator functions refuse anything that is not an operator, and nothing changes", async () => {
    const dead = await deadEmail(tenantA.id);
    const cast = actors.globalAdmin as unknown as OperatorActor;
    await expect(listAllDeadEmails(cast)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(retryAnyDeadEmail(cast, dead.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await outboxRow(dead.id)).toEqual(dead);
  });
});
