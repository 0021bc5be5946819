// The German glossary (lib/i18n/glossary.ts) is the one list of the portal's terms: no German message,
// and no German email text, uses a word it marks as drifted ("Wiederverkäufer" for "Reseller", …).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { glossary } from "@/lib/i18n/glossary";
import { de } from "@/lib/i18n/messages/de";
import { en } from "@/lib/i18n/messages/en";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** At the start of a word, so compounds ("Wiederverkäuferbeziehung") count too. */
const pattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(term)}`, "u");
const forbidden = glossary.flatMap((entry) => (entry.notDe ?? []).map((term) => ({ term, use: entry.de })));

describe("German glossary", () => {
  it("no German message uses a drifted term", () => {
    const found = Object.entries(de).flatMap(([key, text]) =>
      forbidden.filter(({ term }) => pattern(term).test(text)).map(({ term, use }) => `${key}: "${term}" → ${use}`),
    );
    expect(found).toEqual([]);
  });

  it("no email template uses a drifted German term (terms English also uses are left to the catalog check)", () => {
    const english = Object.values(en).join("\n");
    const germanOnly = forbidden.filter(({ term }) => !pattern(term).test(english));
    const folder = path.join(process.cwd(), "emails");
    const found = readdirSync(folder).flatMap((file) => {
      const source = readFileSync(path.join(folder, file), "utf8");
      return germanOnly
        .filter(({ term }) => pattern(term).test(source))
        .map(({ term, use }) => `${file}: "${term}" → ${use}`);
    });
    expect(found).toEqual([]);
  });

  it("names each term once", () => {
    const names = glossary.map((entry) => entry.en.toLowerCase());
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
