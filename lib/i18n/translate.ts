import { de } from "./messages/de";
import { en, type MessageKey } from "./messages/en";
import type { Locale } from "./locales";

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, de };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator for one locale; `{name}` placeholders are filled from `vars`. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => {
    const text = dictionary[key] ?? en[key] ?? key;
    return vars
      ? text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match))
      : text;
  };
}
