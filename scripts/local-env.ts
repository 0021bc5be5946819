// The dev script's local settings: .env.local with an AUTH_SECRET generated on first run.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

/** Reads KEY=value lines of .env.local; writes a random AUTH_SECRET there on first run (never committed). */
export function ensureLocalEnv(): Record<string, string> {
  const file = path.join(ROOT, ".env.local");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const values = Object.fromEntries(
    text
      .split("\n")
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/))
      .filter((m) => m !== null)
      .map((m) => [m[1], m[2].replace(/^["']|["']$/g, "")]),
  );
  if (!values.AUTH_SECRET && !process.env.AUTH_SECRET) {
    values.AUTH_SECRET = randomBytes(32).toString("base64url");
    writeFileSync(
      file,
      `${text}${text && !text.endsWith("\n") ? "\n" : ""}# Generated on first run; local only (git-ignored).\nAUTH_SECRET=${values.AUTH_SECRET}\n`,
    );
  }
  return values;
}
