// SPEC §5 outbox and ENGINEERING §3 faults ("SMTP down or hanging never blocks a request …
// nothing lost"), against real PostgreSQL and real SMTP servers on loopback.
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher, type MailCatcher } from "@/lib/dev-mail/mail-catcher";
import { readMailbox, readMessage } from "@/lib/dev-mail/read-mailbox";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import {
  deliverDueEmails,
  LEASE_SECONDS,
  MAX_ATTEMPTS,
  startEmailWorker,
  stopEmailWorker,
  wakeEmailWorker,
} from "@/lib/email/worker";
import type { Locale } from "@/lib/i18n/locales";
import { captureLogs } from "@/tests/helpers/capture-logs";
import { uniqueSuffix } from "@/tests/helpers/databases";
import { resetDbClient, withOwnDatabase } from "@/tests/helpers/own-database";

// This file runs workers that claim every due row, so it gets a database of its own: other
// test files' outbox rows on the shared run database stay untouched.
withOwnDatabase("email");

let catcher: MailCatcher;
let mailboxDir: string;

beforeEach(async () => {
  mailboxDir = await mkdtemp(path.join(os.tmpdir(), "partner-center-mailbox-"));
  catcher = await startMailCatcher({ dir: mailboxDir, port: 0 });
  process.env.SMTP_URL = catcher.url;
});

afterEach(async () => {
  await stopEmailWorker();
  await catcher.stop();
  await rm(mailboxDir, { recursive: true, force: true });
  await db().outboxEmail.deleteMany();
});

const invitationUrl = () => `https://partner-center.test/invitations/${uniqueSuffix()}`;

function enqueueInvitation(to: string, { locale = "en" as Locale, tenantId = undefined as string | undefined } = {}) {
  return db().$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      locale,
      tenantId,
      template: "reseller-invitation",
      props: { providerName: "Northwind Distribution", invitationUrl: invitationUrl(), message: "Welcome!" },
    }),
  );
}

const outboxRow = (id: string) => db().outboxEmail.findUniqueOrThrow({ where: { id } });
const rawMessages = async (dir: string) =>
  Promise.all(
    (await readdir(dir)).filter((name) => name.endsWith(".eml")).map((name) => readFile(path.join(dir, name), "utf8")),
  );

/** A TCP port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listen(server: {
  listen: (port: number, host: string, callback: () => void) => unknown;
  server?: net.Server;
  address?: () => unknown;
}) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = (server.server ? server.server.address() : server.address!()) as net.AddressInfo;
  return address.port;
}

/** An SMTP peer that accepts TCP and never greets: a send hangs until the greeting timeout (5 s). */
async function silentSmtp() {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => sockets.push(socket));
  const url = `smtp://127.0.0.1:${await listen(server)}`;
  const close = async () => {
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => server.close(resolve));
  };
  return { url, connections: () => sockets.length, close };
}

/**
 * A worker in its own process, the way `next start` runs it: one delivery round, which hangs in
 * the SMTP greeting. Returns the child so the test can kill it like a deploy or a crash does.
 */
function spawnWorkerProcess(env: Record<string, string>) {
  const script = `const { deliverDueEmails } = await import(${JSON.stringify(path.resolve("lib/email/worker.ts"))}); await deliverDueEmails();`;
  return spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tests/setup/server-only-hook.mjs", "--input-type=module", "-e", script],
    {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: "ignore",
    },
  );
}

describe("§5 outbox", () => {
  it("§5 outbox: an email enqueued in a transaction that rolls back leaves no row", async () => {
    const to = `rollback-${uniqueSuffix()}@example.test`;
    const failed = db().$transaction(async (tx) => {
      await enqueueEmail(tx, {
        to,
        locale: "en",
        template: "support-reply",
        props: { requestSubject: "Q", reply: "A", requestUrl: invitationUrl() },
      });
      throw new Error("the change failed");
    });
    await expect(failed).rejects.toThrow("the change failed");
    expect(await db().outboxEmail.count({ where: { toAddress: to } })).toBe(0);
  });

  it("§5 outbox: a committed email is delivered over SMTP, marked SENT and its body cleared", async () => {
    const { id } = await enqueueInvitation("  Reseller.Admin@Fabrikam.EXAMPLE ");
    const pending = await outboxRow(id);
    expect(pending).toMatchObject({ status: "PENDING", toAddress: "reseller.admin@fabrikam.example", attempts: 0 });
    const link = /https:\/\/partner-center\.test\/invitations\/\w+/.exec(pending.text!)![0];

    expect(await deliverDueEmails()).toEqual({ claimed: 1, sent: 1, retried: 0, dead: 0, released: 0 });

    const sent = await outboxRow(id);
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, html: null, text: null, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    const [entry] = await readMailbox(mailboxDir);
    const message = (await readMessage(mailboxDir, entry!.id))!;
    expect(message.to).toEqual(["reseller.admin@fabrikam.example"]);
    expect(message.subject).toBe(pending.subject);
    expect(message.text).toContain(link);
    expect(message.html).toContain(`href="${link}"`);
    expect((await rawMessages(mailboxDir))[0]).toMatch(
      new RegExp(`^Message-ID: <${id}@partner-center\\.example>`, "mi"),
    );
  });

  it("§5 outbox: a German email is delivered in German", async () => {
    await enqueueInvitation(`de-${uniqueSuffix()}@example.test`, { locale: "de" });
    await deliverDueEmails();
    const [entry] = await readMailbox(mailboxDir);
    const message = (await readMessage(mailboxDir, entry!.id))!;
    expect(message.subject).toBe("Northwind Distribution bittet Sie um die Autorisierung als indirekter Anbieter");
    expect(message.text).toContain("Einladung prüfen");
  });

  it("§3 faults: SMTP down leaves the email PENDING with a later retry, then it is delivered (nothing lost)", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { id } = await enqueueInvitation(`down-${uniqueSuffix()}@example.test`);

    const before = Date.now();
    expect(await deliverDueEmails()).toMatchObject({ claimed: 1, retried: 1 });
    const waiting = await outboxRow(id);
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(before + 20_000); // 30 s ± 20 %
    expect(waiting.html).not.toBeNull();
    expect((await deliverDueEmails()).claimed).toBe(0); // not due yet

    process.env.SMTP_URL = catcher.url;
    await db().outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date() } }); // the retry time arrives
    expect(await deliverDueEmails()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(await readMailbox(mailboxDir)).toHaveLength(1);
  });

  it(`§3 faults: after ${MAX_ATTEMPTS} failed attempts the email is DEAD with its last error`, async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { id } = await enqueueInvitation(`tired-${uniqueSuffix()}@example.test`);
    await db().outboxEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    expect(await deliverDueEmails()).toMatchObject({ claimed: 1, dead: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "DEAD", attempts: MAX_ATTEMPTS });
  });

  it("§3 faults: a 550 answer makes the email DEAD at once, with its body kept", async () => {
    const rejecting = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (_address, _session, callback) =>
        callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 })),
    });
    process.env.SMTP_URL = `smtp://127.0.0.1:${await listen(rejecting)}`;
    try {
      const { id } = await enqueueInvitation(`nobody-${uniqueSuffix()}@example.test`);

      expect(await deliverDueEmails()).toMatchObject({ claimed: 1, dead: 1 });
      const dead = await outboxRow(id);
      expect(dead).toMatchObject({ status: "DEAD", attempts: 1 });
      expect(dead.lastError).toMatch(/550.*Mailbox unavailable/);
      expect(dead.html).not.toBeNull(); // kept, so nothing is lost (listing and retry: email-dead-letters.test.ts)
    } finally {
      await new Promise<void>((resolve) => rejecting.close(() => resolve()));
    }
  });

  it("§3 faults: a hanging SMTP server (accepts TCP, never greets) costs seconds, then the email waits for a retry", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    process.env.SMTP_URL = `smtp://127.0.0.1:${await listen(silent)}`;
    try {
      const { id } = await enqueueInvitation(`hang-${uniqueSuffix()}@example.test`);
      const started = Date.now();
      expect(await deliverDueEmails()).toMatchObject({ claimed: 1, retried: 1 });
      expect(Date.now() - started).toBeLessThan(9_000);
      expect(sockets.length).toBeGreaterThan(0);
      const waiting = await outboxRow(id);
      expect(waiting.status).toBe("PENDING");
      expect(waiting.lastError).toMatch(/greeting|timeout/i);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("§5 outbox: two workers in parallel deliver each of 50 emails exactly once (FOR UPDATE SKIP LOCKED)", async () => {
    const ids = await db().$transaction(async (tx) => {
      const created: string[] = [];
      for (let index = 0; index < 50; index++) {
        const { id } = await enqueueEmail(tx, {
          to: `bulk-${index}@example.test`,
          locale: "en",
          template: "support-reply",
          props: { requestSubject: `Request ${index}`, reply: "Done.", requestUrl: invitationUrl() },
        });
        created.push(id);
      }
      return created;
    });
    const drain = async () => {
      let sent = 0;
      for (
        let report = await deliverDueEmails({ limit: 5 });
        report.claimed > 0;
        report = await deliverDueEmails({ limit: 5 })
      )
        sent += report.sent;
      return sent;
    };

    const [first, second] = await Promise.all([drain(), drain()]);

    expect(first + second).toBe(50);
    expect(Math.min(first, second)).toBeGreaterThan(0); // both workers really took part
    const messageIds = (await rawMessages(mailboxDir)).map((raw) => /^Message-ID: <([^@>]+)@/im.exec(raw)![1]);
    expect(messageIds.sort()).toEqual([...ids].sort());
    expect(await db().outboxEmail.count({ where: { id: { in: ids }, status: "SENT", html: null } })).toBe(50);
  });

  it("§3 no header injection: CR/LF in props cannot add a header or a recipient", async () => {
    const to = `victim-check-${uniqueSuffix()}@example.test`;
    await db().$transaction((tx) =>
      enqueueEmail(tx, {
        to,
        locale: "en",
        template: "user-added",
        props: {
          userName: "Eve",
          email: to,
          organizationName: "Evil\r\nBcc: attacker@example.test\r\nX-Injected: 1",
          signInUrl: "https://partner-center.test/sign-in",
        },
      }),
    );
    await deliverDueEmails();
    const [raw] = await rawMessages(mailboxDir);
    const headerBlock = raw!.split(/\r?\n\r?\n/)[0]!;
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected):/im);
    const [entry] = await readMailbox(mailboxDir);
    expect(entry).toMatchObject({
      to: [to],
      subject: "Your Partner Center account at Evil Bcc: attacker@example.test X-Injected: 1",
    });
  });

  it("§3 input: enqueueEmail refuses an address list or a malformed address, and writes nothing", async () => {
    for (const to of [
      "a@example.test, b@example.test",
      "a@example.test\r\nBcc: b@example.test",
      "Ada <a@example.test>",
      "no-at-sign",
    ]) {
      await expect(enqueueInvitation(to)).rejects.toMatchObject({ code: "VALIDATION" });
    }
    expect(await db().outboxEmail.count()).toBe(0);
  });

  it("§3 R18 temporary passwords are never emailed: props carrying a password are refused", async () => {
    const attempt = db().$transaction((tx) =>
      enqueueEmail(tx, {
        to: "new.user@example.test",
        locale: "en",
        template: "user-added",
        props: {
          userName: "New",
          email: "new.user@example.test",
          organizationName: "Fabrikam",
          signInUrl: "https://partner-center.test/sign-in",
          temporaryPassword: "x",
        } as never,
      }),
    );
    await expect(attempt).rejects.toThrow(/must not carry a password/);
    expect(await db().outboxEmail.count()).toBe(0);
  });
});

describe("§5 email worker", () => {
  it("§5 worker: wakeEmailWorker sends a new email at once; stopEmailWorker waits for the batch", async () => {
    expect(startEmailWorker({ intervalMs: 60_000 })).toBe(true);
    const { id } = await enqueueInvitation(`wake-${uniqueSuffix()}@example.test`);
    wakeEmailWorker();
    await expect.poll(async () => (await outboxRow(id)).status, { timeout: 5_000, interval: 50 }).toBe("SENT");
    const stopping = Date.now();
    await stopEmailWorker();
    expect(Date.now() - stopping).toBeLessThan(1_000);
  });

  it("M6 a claimed email whose worker process is killed mid-send is retried after the lease, with no attempt counted", async () => {
    const smtp = await silentSmtp();
    try {
      const { id } = await enqueueInvitation(`killed-${uniqueSuffix()}@example.test`);
      // Two deploys in a row, each killing the worker while it sends: still no attempt counted.
      for (let deploy = 1; deploy <= 2; deploy++) {
        const connectionsBefore = smtp.connections();
        const child = spawnWorkerProcess({ DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: smtp.url });
        const exited = new Promise((resolve) => child.on("exit", resolve));
        try {
          await expect.poll(smtp.connections, { timeout: 20_000, interval: 50 }).toBeGreaterThan(connectionsBefore); // claimed, send in progress
        } finally {
          child.kill("SIGKILL");
          await exited;
        }
        const orphaned = await outboxRow(id);
        expect(orphaned).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
        // Leased for about a minute, not more: the next round or another process takes it then.
        const [{ now }] = await db().$queryRaw<{ now: Date }[]>`SELECT now()`;
        const leaseLeft = orphaned.nextAttemptAt.getTime() - now.getTime();
        expect(leaseLeft).toBeGreaterThan(0);
        expect(leaseLeft).toBeLessThanOrEqual(LEASE_SECONDS * 1000);
        expect((await deliverDueEmails()).claimed).toBe(0); // still leased
        await db().outboxEmail.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } }); // the lease runs out
      }
      process.env.SMTP_URL = catcher.url;
      expect(await deliverDueEmails()).toMatchObject({ claimed: 1, sent: 1 });
      expect(await outboxRow(id)).toMatchObject({ status: "SENT", attempts: 1 });
      expect(await readMailbox(mailboxDir)).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("M6 stopEmailWorker releases claimed emails not yet being sent at once; sends in progress finish and are recorded", async () => {
    const smtp = await silentSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const ids = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          enqueueInvitation(`stop-${index}-${uniqueSuffix()}@example.test`).then((row) => row.id),
        ),
      );
      expect(startEmailWorker({ intervalMs: 60_000 })).toBe(true);
      await expect.poll(smtp.connections, { timeout: 5_000, interval: 20 }).toBe(4); // 4 lanes sending, 2 rows claimed and waiting
      const rows = () => db().outboxEmail.findMany({ where: { id: { in: ids } } });
      expect((await rows()).every((row) => row.nextAttemptAt.getTime() > Date.now())).toBe(true); // all 6 leased

      const stopped = stopEmailWorker();
      const due = async () =>
        (await rows()).filter((row) => row.nextAttemptAt.getTime() <= Date.now() && row.attempts === 0).length;
      await expect.poll(due, { timeout: 2_000, interval: 20 }).toBe(2); // released while the sends still hang
      await stopped;

      const after = await rows();
      expect(after.filter((row) => row.attempts === 0)).toHaveLength(2); // released: no attempt counted
      const tried = after.filter((row) => row.attempts === 1);
      expect(tried).toHaveLength(4); // the sends in progress finished (greeting timeout) and were recorded
      expect(tried.every((row) => row.status === "PENDING" && /greeting|timeout/i.test(row.lastError ?? ""))).toBe(
        true,
      );
      expect(smtp.connections()).toBe(4); // nothing new was sent after the stop
    } finally {
      await smtp.close();
    }
  });

  it("§5 worker: without SMTP_URL the worker stays off and emails wait in the outbox", async () => {
    delete process.env.SMTP_URL;
    expect(startEmailWorker()).toBe(false);
    const { id } = await enqueueInvitation(`nosmtp-${uniqueSuffix()}@example.test`);
    expect((await outboxRow(id)).status).toBe("PENDING");
  });

  it("§3 faults: the worker loop survives an unreachable database, logs, and still stops cleanly", async () => {
    const workingUrl = process.env.DATABASE_URL!;
    const unreachable = new URL(workingUrl);
    unreachable.port = String(await closedPort());
    await resetDbClient();
    process.env.DATABASE_URL = unreachable.toString();
    const logs = captureLogs();
    try {
      expect(startEmailWorker({ intervalMs: 20 })).toBe(true);
      await expect
        .poll(
          () =>
            logs.lines().filter((line) => line.component === "email" && line.msg.startsWith("delivery round failed"))
              .length,
          { timeout: 5_000 },
        )
        .toBeGreaterThanOrEqual(2);
      await stopEmailWorker();
    } finally {
      logs.restore();
      await resetDbClient();
      process.env.DATABASE_URL = workingUrl;
    }
  });
});
