import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import PostalMime, { type Address } from "postal-mime";

export type MailboxMessage = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  date: string | null;
  html: string | null;
  text: string | null;
};

export type MailboxEntry = Omit<MailboxMessage, "html" | "text">;

// The shape mail-catcher.ts gives names; anything else (e.g. "../x") is not a message id.
const MESSAGE_ID = /^\d{13,}-\d{6}-[0-9a-f]{6}$/;

function formatAddress(address: Address): string[] {
  if (address.group) return address.group.flatMap(formatAddress);
  return [address.name ? `${address.name} <${address.address}>` : address.address];
}

async function parseMessage(dir: string, id: string): Promise<MailboxMessage> {
  const email = await PostalMime.parse(await readFile(path.join(dir, `${id}.eml`)));
  return {
    id,
    from: email.from ? formatAddress(email.from).join(", ") : "",
    to: (email.to ?? []).flatMap(formatAddress),
    subject: email.subject ?? "",
    date: email.date ?? null,
    html: email.html ?? null,
    text: email.text ?? null,
  };
}

/** The newest `limit` messages in the catcher's folder, newest first; none when it doesn't exist. */
export async function readMailbox(dir: string, limit = 200): Promise<MailboxEntry[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names
    .filter((name) => name.endsWith(".eml"))
    .map((name) => name.slice(0, -4))
    .filter((id) => MESSAGE_ID.test(id))
    .sort()
    .reverse()
    .slice(0, limit);
  const messages = await Promise.all(ids.map((id) => parseMessage(dir, id)));
  return messages.map(({ html: _html, text: _text, ...entry }) => entry);
}

/** One message with its bodies, or null for an unknown or malformed id. */
export async function readMessage(dir: string, id: string): Promise<MailboxMessage | null> {
  if (!MESSAGE_ID.test(id)) return null;
  return parseMessage(dir, id).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}
