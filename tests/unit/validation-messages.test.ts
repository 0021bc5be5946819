// The form schemas also run in the browser (components/forms/use-validated-form.ts): every message
// key a schema names must reach the browser (lib/i18n/validation-messages.ts), or a field error
// would show as its raw key; and the schemas import nothing server-only.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages } from "@/lib/i18n/client-messages";
import { en } from "@/lib/i18n/messages/en";

const CLIENT_SCHEMAS = [
  "lib/auth/sign-in-input.ts",
  "lib/customer-invitations/customer-invitation-input.ts",
  "lib/customers/customer-input.ts",
  "lib/enrollment/enrollment-input.ts",
  "lib/partners/partner-profile-input.ts",
  "lib/provider-reseller-relationships/reseller-invitation-input.ts",
  "lib/support/support-input.ts",
  "lib/users/user-input.ts",
];

const shipped = (key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], clientMessages("en"));

describe("form schemas in the browser", () => {
  it.each(CLIENT_SCHEMAS)("%s: every message key it names is a client message", (file) => {
    const source = readFileSync(file, "utf8");
    const named = [...source.matchAll(/["`]([a-zA-Z]+\.[\w.]+?)(\$\{[^}]*\})?["`]/g)];
    const missing = named.flatMap(([, key, template]) => {
      const keys = template ? Object.keys(en).filter((k) => k.startsWith(key)) : key in en ? [key] : [];
      return keys.filter((k) => typeof shipped(k) !== "string");
    });
    expect(missing).toEqual([]);
  });

  it.each(CLIENT_SCHEMAS)("%s: imports no server-only module, database or message catalog", (file) => {
    const imports = [...readFileSync(file, "utf8").matchAll(/^import (?!type ).* from "(@\/[^"]+|\.[^"]+)"/gm)].map(
      ([, path]) => (path.startsWith("@/") ? path.slice(2) : `${dirname(file)}/${path.slice(2)}`),
    );
    const unsafe = imports.filter((path) => {
      const source = readFileSync(`${path}.ts`, "utf8");
      return /import "server-only"|from "@\/lib\/db\/|from "@\/lib\/i18n\/messages|from "i18n-iso-countries/.test(
        source,
      );
    });
    expect(unsafe).toEqual([]);
  });
});
