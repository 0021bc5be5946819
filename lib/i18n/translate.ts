import { createTranslator, IntlErrorCode, type AbstractIntlMessages, type IntlConfig, type IntlError } from "next-intl";
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

/** The locale's messages as next-intl takes them (the request config, lib/i18n/request.ts). */
export const intlMessages = (locale: Locale) => messagesOf(locale).nested;

/**
 * Never throw: a key missing everywhere reads as the key; a message that cannot be formatted (e.g. called
 * without the values of its placeholders) reads as its source text. `onError` sees every such problem (tests).
 */
export function intlErrorHandling(
  locale: Locale,
  onError: (error: IntlError) => void = () => {},
): Pick<IntlConfig, "onError" | "getMessageFallback"> {
  const { flat } = messagesOf(locale);
  return {
    onError,
    getMessageFallback: ({ error, key, namespace }) => {
      const path = namespace ? `${namespace}.${key}` : key;
      return error.code === IntlErrorCode.FORMATTING_ERROR ? (flat[path] ?? path) : path;
    },
  };
}

const shared = new Map<Locale, Translate>();

/**
 * A translator for one locale outside a request (domain errors' English text, emails, tests); pages use
 * next-intl's request config through getT()/getTranslations. Messages are ICU (`{name}`,
 * `{count, plural, one {…} other {…}}`), formatted by next-intl, with the same never-throw fallbacks.
 */
export function translator(locale: Locale, onError?: (error: IntlError) => void): Translate {
  const cached = onError ? undefined : shared.get(locale);
  if (cached) return cached;
  const t = createTranslator({
    locale,
    messages: intlMessages(locale),
    timeZone: "UTC",
    ...intlErrorHandling(locale, onError),
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const translate: Translate = (key, vars) => t(key, vars);
  if (!onError) shared.set(locale, translate);
  return translate;
}
