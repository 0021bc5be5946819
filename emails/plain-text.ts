import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { vendorName } from "./vendor";

/** What every email says; the layout turns it into HTML and `formatText` into the plain-text part. */
export type EmailContent = {
  subject: string;
  heading: string;
  /** Said once, before the paragraphs; null when the email carries a letter with its own (an invitation's message). */
  greeting: string | null;
  /** The first one is also the preview text inbox lists show beside the subject. */
  paragraphs: [string, ...string[]];
  quote?: { label: string; text: string };
  action?: { label: string; url: string };
  note?: string;
};

export const footerOf = (locale: Locale) => translator(locale)("emails.layout.footer", { vendor: vendorName() });

/** The plain-text part: the same content, block by block. */
export function formatText(locale: Locale, content: EmailContent): string {
  const blocks = [content.heading, ...(content.greeting ? [content.greeting] : []), ...content.paragraphs];
  if (content.quote) blocks.push(`${content.quote.label}\n${content.quote.text.replace(/^/gm, "> ")}`);
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  if (content.note) blocks.push(content.note);
  blocks.push(`-- \n${footerOf(locale)}`);
  return `${blocks.join("\n\n")}\n`;
}
