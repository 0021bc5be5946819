// The message catalog is the only text source (issue 10): refusals carry keys, and these checks keep
// the catalog whole in both languages and shaped so it converts 1:1 to next-intl's nested messages.
import { describe, expect, it } from "vitest";
import { de } from "@/lib/i18n/messages/de";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { parse } from "@formatjs/icu-messageformat-parser";
import { icuArguments } from "../helpers/icu-arguments";

const keys = Object.keys(en) as MessageKey[];
/** ICU arguments with their kind, e.g. "count:number", "name:text" (a plural in English is one in German). */
const placeholders = (text: string) =>
  [...icuArguments(parse(text))].map(([name, arg]) => `${name}:${arg.kind}`).sort();

describe("message catalog", () => {
  it("German has every English key and no other, none empty", () => {
    expect(Object.keys(de).sort()).toEqual([...keys].sort());
    expect(keys.filter((key) => !en[key].trim() || !de[key].trim())).toEqual([]);
  });

  it("German fills the same placeholders as English", () => {
    const differing = keys.filter((key) => placeholders(en[key]).join() !== placeholders(de[key]).join());
    expect(differing).toEqual([]);
  });

  it("no key is also the namespace of another (next-intl nests keys at the dots)", () => {
    const all = new Set<string>(keys);
    const clashes = keys.filter((key) =>
      key.split(".").some((_, i, parts) => i > 0 && all.has(parts.slice(0, i).join("."))),
    );
    expect(clashes).toEqual([]);
  });
});
