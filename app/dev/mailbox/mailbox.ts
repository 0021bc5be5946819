import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";

// ─── The development Mailbox: read this before setting MAILBOX_DIR ───────────────────────────
//
// /dev/mailbox lists every email the local mail catcher (lib/dev-mail) stored in MAILBOX_DIR and
// shows each one in full — invitation and verification links with their raw tokens included —
// to anyone who can reach the server, WITHOUT sign-in. That is what development and the test
// run need (`npm run dev` and `npm test` set MAILBOX_DIR to their own catcher's folder; the
// e2e tests read invitation links there, against the production build).
//
// MAILBOX_DIR is the one and only switch: unset, both pages answer 404. So:
// - never set MAILBOX_DIR in a real deployment (staging included) — its emails go to real
//   people through SMTP_URL and there is nothing to catch; the server logs a warning at start
//   when MAILBOX_DIR is set under NODE_ENV=production (lib/server-lifecycle.ts);
// - the pages are never cached (dynamic: Cache-Control no-store) and never indexed
//   (X-Robots-Tag: noindex from next.config.ts, and a robots meta tag from MAILBOX_METADATA).

/** The catcher's folder; without MAILBOX_DIR (production, tests that don't want it) the pages don't exist. */
export function requireMailboxDir(): string {
  const dir = process.env.MAILBOX_DIR;
  if (!dir) notFound();
  return dir;
}

/** Metadata shared by the Mailbox pages: no search engine may index or follow them. */
export const MAILBOX_METADATA: Metadata = { robots: { index: false, follow: false, nocache: true } };

export function formatMailDate(date: string | null, locale: Locale): string {
  if (!date || Number.isNaN(Date.parse(date))) return "";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(date));
}

// Development-only page: its few labels live here rather than in the product's dictionaries.
const en = {
  title: "Mailbox",
  intro: "Emails caught by the development mail server, newest first.",
  caption: "Caught emails",
  empty: "No emails yet.",
  subject: "Subject",
  from: "From",
  to: "To",
  date: "Date",
  noSubject: "(no subject)",
  back: "Back to the mailbox",
  headers: "Headers",
  textPart: "Text version",
  htmlPart: "HTML version",
  htmlFrameTitle: "HTML version of the email",
  noText: "This email has no text version.",
  noHtml: "This email has no HTML version.",
};

const de: Record<keyof typeof en, string> = {
  title: "Postfach",
  intro: "Vom Entwicklungs-Mailserver abgefangene E-Mails, neueste zuerst.",
  caption: "Abgefangene E-Mails",
  empty: "Noch keine E-Mails.",
  subject: "Betreff",
  from: "Von",
  to: "An",
  date: "Datum",
  noSubject: "(kein Betreff)",
  back: "Zurück zum Postfach",
  headers: "Kopfzeilen",
  textPart: "Textversion",
  htmlPart: "HTML-Version",
  htmlFrameTitle: "HTML-Version der E-Mail",
  noText: "Diese E-Mail hat keine Textversion.",
  noHtml: "Diese E-Mail hat keine HTML-Version.",
};

export const mailboxLabels: Record<Locale, typeof de> = { en, de };
