// SPEC §5 development mail catcher: the local SMTP peer behind the Mailbox page.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startMailCatcher, type MailCatcher } from "@/lib/dev-mail/mail-catcher";
import { readMailbox, readMessage } from "@/lib/dev-mail/read-mailbox";

let dir: string;
const catchers: MailCatcher[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "partner-center-catcher-"));
});

afterEach(async () => {
  await Promise.all(catchers.splice(0).map((catcher) => catcher.stop()));
  await rm(dir, { recursive: true, force: true });
});

async function start(port?: number) {
  const catcher = await startMailCatcher({ dir, port });
  catchers.push(catcher);
  return catcher;
}

describe("§5 mail catcher", () => {
  it("§5 mail catcher: stores each message as an .eml file and reads them back newest first", async () => {
    const catcher = await start(0);
    expect(catcher.url).toBe(`smtp://127.0.0.1:${catcher.port}`);
    const transport = nodemailer.createTransport(catcher.url);
    await transport.sendMail({
      from: '"Partner Center" <no-reply@partner-center.example>',
      to: "first@example.test",
      subject: "First",
      text: "one",
      html: "<p>one</p>",
    });
    await transport.sendMail({
      from: "no-reply@partner-center.example",
      to: ["second@example.test", "Third <third@example.test>"],
      subject: "Zweite Nachricht – ü",
      text: "two https://pc.test/x",
    });

    expect((await readdir(dir)).filter((name) => name.endsWith(".eml"))).toHaveLength(2);
    const entries = await readMailbox(dir);
    expect(entries.map((entry) => entry.subject)).toEqual(["Zweite Nachricht – ü", "First"]);
    expect(entries[0]).toMatchObject({
      from: "no-reply@partner-center.example",
      to: ["second@example.test", "Third <third@example.test>"],
    });
    expect(entries[1]).toMatchObject({
      from: "Partner Center <no-reply@partner-center.example>",
      to: ["first@example.test"],
    });
    expect(Date.parse(entries[0]!.date!)).not.toBeNaN();
    expect(entries[0]).not.toHaveProperty("text");

    const first = await readMessage(dir, entries[1]!.id);
    expect(first!.subject).toBe("First");
    expect(first!.html!.trim()).toBe("<p>one</p>");
    expect(first!.text!.trim()).toBe("one");
  });

  it("§5 mail catcher: an unknown or path-like message id reads as missing", async () => {
    expect(await readMessage(dir, "1700000000000-000001-abcdef")).toBeNull();
    expect(await readMessage(dir, "../../etc/passwd")).toBeNull();
    expect(await readMailbox(path.join(dir, "does-not-exist"))).toEqual([]);
  });

  it("§5 mail catcher: takes the next free port when the preferred one is busy", async () => {
    const first = await start(0);
    const second = await start(first.port);
    expect(second.port).toBeGreaterThan(first.port);
  });
});
