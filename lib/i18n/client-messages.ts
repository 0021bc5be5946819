import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";
import { intlMessages } from "./translate";

/**
 * The message namespaces client components read with useTranslations: only these reach the browser
 * (the root layout's NextIntlClientProvider), to keep client JS small. A client component that uses
 * a new namespace adds it here (tests/unit/client-messages.test.ts checks the paths exist).
 */
export const CLIENT_NAMESPACES = ["common", "ui"] as const;

const picked = new Map<Locale, AbstractIntlMessages>();

/** The client namespaces of the locale's messages, nested as next-intl takes them (built once per locale). */
export function clientMessages(locale: Locale): AbstractIntlMessages {
  let messages = picked.get(locale);
  if (!messages) {
    const all = intlMessages(locale);
    messages = {};
    for (const path of CLIENT_NAMESPACES) {
      const parts = path.split(".");
      let source: AbstractIntlMessages | string | undefined = all;
      let target = messages;
      for (const [i, part] of parts.entries()) {
        source = typeof source === "object" ? source[part] : undefined;
        if (source === undefined) break;
        if (i === parts.length - 1) target[part] = source;
        else target = (target[part] ??= {}) as AbstractIntlMessages;
      }
    }
    picked.set(locale, messages);
  }
  return messages;
}
