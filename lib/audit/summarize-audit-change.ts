// Before/after of an event as short readable lines for the table, e.g. "Agent role: Admin agent →
// Sales agent". The CSV keeps the raw JSON; this is only for people.
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

type Json = unknown;

const asRecord = (value: Json): Record<string, Json> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;

const known = (key: string): key is MessageKey => key in en;

function fieldLabel(key: string, t: Translate): string {
  const messageKey = `audit.field.${key}`;
  if (known(messageKey)) return t(messageKey);
  // Unknown fields from later issues: "contactEmail" → "Contact email".
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(value: Json, t: Translate): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  if (typeof value === "string") {
    const messageKey = [`role.${value}`, `audit.value.${value}`].find(known);
    const text = messageKey ? t(messageKey) : value;
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  }
  if (typeof value === "number") return String(value);
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

// jsonb stores keys sorted by length, not as written: put the familiar fields first.
const FIELD_ORDER = ["name", "email", "agentRole", "adminRole", "status"];
const fieldRank = (key: string) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
const ordered = (keys: Iterable<string>) => [...new Set(keys)].sort((a, b) => fieldRank(a) - fieldRank(b));

/** One line per changed field; with only `after` (e.g. a creation) one line per field with its value. */
export function summarizeAuditChange(before: Json, after: Json, t: Translate): string[] {
  const from = asRecord(before);
  const to = asRecord(after);
  if (!from && !to) {
    if (before == null && after == null) return [];
    return [before == null ? valueText(after, t) : `${valueText(before, t)} → ${valueText(after, t)}`];
  }
  if (!from || !to) {
    // Only "before" (e.g. a removal): the values that went away, "Agent role: Sales agent → —".
    if (from) return ordered(Object.keys(from)).map((key) => `${fieldLabel(key, t)}: ${valueText(from[key], t)} → —`);
    return ordered(Object.keys(to!)).map((key) => `${fieldLabel(key, t)}: ${valueText(to![key], t)}`);
  }
  return ordered([...Object.keys(from), ...Object.keys(to)])
    .filter((key) => !same(from[key], to[key]))
    .map((key) => `${fieldLabel(key, t)}: ${valueText(from[key], t)} → ${valueText(to[key], t)}`);
}
