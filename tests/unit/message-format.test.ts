// Every message is ICU, formatted by next-intl (lib/i18n/translate.ts): each key must parse and render
// in English and German with sample values, leaving no raw `{`, `}` or `#` and using no rich-text tags.
import { parse } from "@formatjs/icu-messageformat-parser";
import type { IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { de } from "@/lib/i18n/messages/de";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { translator } from "@/lib/i18n/translate";
import { icuArguments } from "../helpers/icu-arguments";

const keys = Object.keys(en) as MessageKey[];
const catalogs = { en, de } as const;

const SAMPLE_COUNTS = [0, 1, 2, 21, 1234];

describe("ICU messages", () => {
  it("parse in both languages and use no rich-text tags (write ‹ › or reword instead of <…>)", () => {
    const problems: string[] = [];
    for (const locale of LOCALES)
      for (const key of keys) {
        try {
          const tags = [...icuArguments(parse(catalogs[locale][key]))].filter(([, arg]) => arg.kind === "tag");
          if (tags.length) problems.push(`${locale} ${key}: tag <${tags[0]![0]}>`);
        } catch (error) {
          problems.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it("render every key in English and German with sample values, without an error or a raw brace", () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      let current = "";
      const t = translator(locale, (error: IntlError) => problems.push(`${locale} ${current}: ${error.message}`));
      for (const key of keys) {
        const args = icuArguments(parse(catalogs[locale][key]));
        for (const [round, count] of SAMPLE_COUNTS.entries()) {
          const vars: Record<string, string | number> = {};
          for (const [name, arg] of args) {
            if (arg.kind === "number") vars[name] = count;
            else if (arg.kind === "select") vars[name] = arg.options[round % arg.options.length]!;
            else vars[name] = `‹${name}›`;
          }
          current = `${key} ${JSON.stringify(vars)}`;
          const text = t(key, args.size ? vars : undefined);
          if (/[{}#]/.test(text)) problems.push(`${locale} ${current}: raw ICU syntax left in "${text}"`);
          if (!text.trim()) problems.push(`${locale} ${current}: empty`);
          if (!args.size) break;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("plurals read in the reader's language", () => {
    const [english, german] = [translator("en"), translator("de")];
    expect(english("partnerships.count", { count: 1 })).toBe("1 reseller");
    expect(english("partnerships.count", { count: 2 })).toBe("2 resellers");
    expect(english("support.count", { count: 0 })).toBe("0 requests");
    expect(english("relationships.count", { count: 1 })).toBe("1 relationship");
    expect(english("customers.count", { count: 1234 })).toBe("1,234 customers");
    expect(german("customers.count", { count: 1234 })).toBe("1.234 Kunden");
    expect(german("invites.sent.count", { count: 1 })).toBe("1 Anfrage");
    expect(german("providers.sharedCount", { count: 2 })).toBe("2 geteilte Kunden");
  });

  it("never throws: a missing key reads as the key, a template without its values as its text", () => {
    const t = translator("de");
    expect(t("no.such.key" as MessageKey)).toBe("no.such.key");
    expect(t("users.tempWarning")).toBe(de["users.tempWarning"]);
    expect(t("users.tempWarning", { hours: 72 })).toContain("72 Stunden");
  });
});
