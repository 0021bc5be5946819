import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** The catcher's folder; without MAILBOX_DIR (production, tests that don't want it) the pages don't exist. */
export function requireMailboxDir(): string {
  const dir = process.env.MAILBOX_DIR;
  if (!dir) notFound();
  return dir;
}

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
