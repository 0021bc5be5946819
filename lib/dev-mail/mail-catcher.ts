// Development mail catcher: a local SMTP server that stores every message it receives as an
// .eml file, shown by the Mailbox page (/dev/mailbox). Started by the dev script and the
// tests, never by the app. No "server-only" import: plain Node scripts load this file.
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { port: number; url: string; dir: string; stop: () => Promise<void> };

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
let sequence = 0;

/** Names sort by arrival: milliseconds, then a per-process counter, then randomness. */
function nextMessageId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${Date.now()}-${String(sequence).padStart(6, "0")}-${randomBytes(3).toString("hex")}`;
}

function tryListen(server: SMTPServer, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error));
    server.once("error", onError);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", onError);
      resolve(true);
    });
  });
}

/** Starts the catcher on 127.0.0.1, on the first free port from `port` (1025) up; 0 lets the OS pick. */
export async function startMailCatcher({ dir, port = 1025 }: { dir: string; port?: number }): Promise<MailCatcher> {
  const mailboxDir = path.resolve(dir);
  await mkdir(mailboxDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"], // plain SMTP on loopback; a self-signed STARTTLS would fail clients
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        const file = path.join(mailboxDir, `${nextMessageId()}.eml`);
        // Written under a temporary name first so the Mailbox page never reads half a message.
        writeFile(`${file}.part`, Buffer.concat(chunks))
          .then(() => rename(`${file}.part`, file))
          .then(() => callback(), callback);
      });
    },
  });
  const candidates = port === 0 ? [0] : Array.from({ length: 100 }, (_, offset) => port + offset);
  for (const candidate of candidates) {
    if (!(await tryListen(server, candidate))) continue;
    const { port: listening } = server.server.address() as AddressInfo;
    server.on("error", (error) => console.error("[mail-catcher]", error.message));
    return {
      port: listening,
      url: `smtp://127.0.0.1:${listening}`,
      dir: mailboxDir,
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
  throw new Error(`no free port for the mail catcher between ${port} and ${port + 99}`);
}
