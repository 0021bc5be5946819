import { createElement, type ReactElement } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translate";
import { toHeaderLine } from "@/lib/text";
import { EmailLayout } from "./layout";
import { formatText, type EmailContent } from "./plain-text";

/** One email's words, from the message catalog in the reader's language, computed from its props. */
export type EmailCopy<P extends object> = (t: Translate, props: P) => EmailContent;

export type EmailTemplate<P extends object> = {
  subject: (locale: Locale, props: P) => string;
  component: (props: P & { locale: Locale }) => ReactElement;
  text: (locale: Locale, props: P) => string;
};

const SUBJECT_MAX = 250;

/** Header injection: a subject is one line, so control characters (CR, LF, …) become spaces. */
export function sanitizeSubject(subject: string): string {
  const line = toHeaderLine(subject).replace(/ {2,}/g, " ").trim();
  return line.length > SUBJECT_MAX ? `${line.slice(0, SUBJECT_MAX - 1)}…` : line;
}

/** Links in emails are http(s) only, so a prop can never smuggle in `javascript:` or `data:`. */
function assertWebLink(url: string) {
  const protocol = URL.canParse(url) ? new URL(url).protocol : "";
  if (protocol !== "https:" && protocol !== "http:")
    throw new Error(`email links must be absolute http(s) URLs, got "${url.slice(0, 80)}"`);
}

function contentOf<P extends object>(copy: EmailCopy<P>, locale: Locale, props: P): EmailContent {
  const content = copy(translator(locale), props);
  if (content.action) assertWebLink(content.action.url);
  return { ...content, subject: sanitizeSubject(content.subject) };
}

/** A template: its subject, its HTML (the one shared layout, a React component) and its plain text. */
export function defineEmail<P extends object>(copy: EmailCopy<P>): EmailTemplate<P> {
  return {
    subject: (locale, props) => contentOf(copy, locale, props).subject,
    component: ({ locale, ...props }) =>
      createElement(EmailLayout, { locale, content: contentOf(copy, locale, props as P) }),
    text: (locale, props) => formatText(locale, contentOf(copy, locale, props)),
  };
}
