import { createTranslator, IntlErrorCode, type AbstractIntlMessages, type IntlError } from "next-intl";
import { de } from "./messages/de";
import { en, type MessageKey } from "./messages/en";
import type { Locale } from "./locales";

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, de };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** next-intl reads messages nested at the dots: "users.count" is `{ users: { count } }`. */
export function nestMessages(flat: Record<string, string>): AbstractIntlMessages {
  const root: AbstractIntlMessages = {};
  for (const [key, text] of Object.entries(flat)) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as AbstractIntlMessages;
    node[parts[parts.length - 1]!] = text;
  }
  return root;
}

// Built once per locale; a key the locale lacks reads in English.
const flatMessages = new Map<Locale, Record<string, string>>();
const nestedMessages = new Map<Locale, AbstractIntlMessages>();

function messagesOf(locale: Locale) {
  let flat = flatMessages.get(locale);
  let nested = nestedMessages.get(locale);
  if (!flat || !nested) {
    flat = { ...en, ...dictionaries[locale] };
    nested = nestMessages(flat);
    flatMessages.set(locale, flat);
    nestedMessages.set(locale, nested);
  }
  return { flat, nested };
}

/** The locale's messages as next-intl takes them (e.g. for a client provider). */
export const intlMessages = (locale: Locale) => messagesOf(locale).nested;

const shared = new Map<Locale, Translate>();

/**
 * A translator for one locale: messages are ICU (`{name}`, `{count, plural, one {…} other {…}}`),
 * formatted by next-intl. It never throws: a key missing everywhere reads as the key; a message
 * that cannot be formatted (e.g. called without the values of its placeholders, as client
 * components' templates are) reads as its source text. `onError` sees every such problem (tests).
 */
export function translator(locale: Locale, onError?: (error: IntlError) => void): Translate {
  const cached = onError ? undefined : shared.get(locale);
  if (cached) return cached;
  const { flat, nested } = messagesOf(locale);
  const t = createTranslator({
    locale,
    messages: nested,
    timeZone: "UTC",
    onError: onError ?? (() => {}),
    getMessageFallback: ({ error, key, namespace }) => {
      const path = namespace ? `${namespace}.${key}` : key;
      return error.code === IntlErrorCode.FORMATTING_ERROR ? (flat[path] ?? path) : path;
    },
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const translate: Translate = (key, vars) => t(key, vars);
  if (!onError) shared.set(locale, translate);
  return translate;
}
