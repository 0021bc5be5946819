// Client components translate with useTranslations, and only CLIENT_NAMESPACES reach the browser
// (lib/i18n/client-messages.ts): every key a client component names must be among them, else the
// browser shows the raw key. Keys are found as string literals in "use client" files and the files
// they import from their own folder (key tables), alone or under the file's useTranslations("namespace").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";
import { en } from "@/lib/i18n/messages/en";

const keys = new Set(Object.keys(en));
const flatten = (node: object, prefix = ""): string[] =>
  Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value as object, `${prefix}${key}.`),
  );
const shipped = new Set(flatten(clientMessages("en")));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(file);
    else if (/\.tsx?$/.test(entry.name)) yield file;
  }
}

/**
 * Keys a client file names: t("x") under each of its useTranslations("namespace")s, dotted literals
 * (key tables), and every key under the fixed start of a `a.b.${x}` template.
 */
function clientKeys(source: string): string[] {
  const namespaces = ["", ...[...source.matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => `${m[1]}.`)];
  const found: string[] = [];
  for (const [, name] of source.matchAll(/\bt\("([\w.]+)"/g))
    for (const ns of namespaces) if (keys.has(`${ns}${name}`)) found.push(`${ns}${name}`);
  for (const [, literal] of source.matchAll(/"([A-Za-z]\w*(?:\.\w+)+)"/g)) if (keys.has(literal)) found.push(literal);
  for (const [, start] of source.matchAll(/`([A-Za-z][\w.]*\.)\$\{/g))
    for (const ns of namespaces) found.push(...[...keys].filter((key) => key.startsWith(`${ns}${start}`)));
  return found;
}

describe("client messages", () => {
  it("every client namespace is a key or a namespace of the catalog", () => {
    const missing = CLIENT_NAMESPACES.filter(
      (name) => !keys.has(name) && ![...keys].some((key) => key.startsWith(`${name}.`)),
    );
    expect(missing).toEqual([]);
  });

  it("every key a client component names reaches the browser", () => {
    const missing: string[] = [];
    for (const root of ["components", "app"])
      for (const file of sourceFiles(root)) {
        const source = readFileSync(file, "utf8");
        if (!source.startsWith('"use client"')) continue;
        const siblings = [...source.matchAll(/from "\.\/([\w-]+)"/g)]
          .map(([, name]) => ["ts", "tsx"].map((ext) => path.join(path.dirname(file), `${name}.${ext}`)))
          .flat()
          .filter((sibling) => existsSync(sibling));
        for (const scanned of [file, ...siblings])
          for (const key of clientKeys(readFileSync(scanned, "utf8")))
            if (!shipped.has(key)) missing.push(`${scanned}: ${key}`);
      }
    expect(missing).toEqual([]);
  });

  it("the browser gets a part of the catalog, not all of it", () => {
    expect(shipped.size).toBeGreaterThan(0);
    expect(shipped.size).toBeLessThan(keys.size / 2);
  });
});
