// Typed message keys for next-intl (useTranslations, getTranslations): the flat catalog nested at the dots.
import type { formats } from "./formats";
import type { Locale as AppLocale } from "./locales";
import type { MessageKey } from "./messages/en";

type Heads<K extends string> = K extends `${infer Head}.${string}` ? Head : never;
type Leaves<K extends string> = K extends `${string}.${string}` ? never : K;
type Nested<K extends string> = { [H in Heads<K>]: Nested<K extends `${H}.${infer Rest}` ? Rest : never> } & {
  [L in Leaves<K>]: string;
};

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Nested<MessageKey>;
    Formats: typeof formats;
  }
}
