// The audit log's filter, parsed from the page's search params (a GET form and paging links).
// Unknown keys are ignored (URLs collect them: utm_*, the language switch …); every known key
// is validated and a bad value becomes a field message (a message key), never a 500.
import { z } from "zod";
import { stripControlCharacters } from "@/lib/text";
import { AUDIT_ACTION_PATTERN } from "./actions";

export type AuditCursor = { direction: "after" | "before"; createdAt: Date; id: string };

export type AuditFilter = {
  action?: string;
  /** Part of the actor's label (an email), case-insensitive; `actorExact` asks for the whole label. */
  actor?: string;
  actorExact?: boolean;
  /** Inclusive calendar days in UTC, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Operator console only: part of the organization's name or primary domain. */
  org?: string;
  cursor?: AuditCursor;
};

export type ParsedAuditFilter =
  | { ok: true; filter: AuditFilter; values: Record<string, string> }
  | { ok: false; fieldErrors: Record<string, string>; values: Record<string, string> };

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

const CURSOR = /^(\d{1,15})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (not 2026-02-30) in a sane range, so "to + 1 day" can't overflow. */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && year >= 2000 && year <= 9998;
}

/** `<epoch ms>_<uuid>`: the (created_at, id) of the row a page starts after or ends before. */
export function encodeAuditCursor(row: { createdAt: Date; id: string }): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

function decodeAuditCursor(value: string, direction: AuditCursor["direction"]): AuditCursor {
  const match = CURSOR.exec(value)!;
  return { direction, createdAt: new Date(Number(match[1])), id: match[2] };
}

// Empty form fields arrive as "": treat them as absent.
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" ? value.trim() || undefined : value), schema.optional());

const day = optionalText(z.string().refine(isCalendarDay, "audit.filter.invalidDate"));
const cursor = optionalText(z.string().regex(CURSOR, "audit.filter.invalidPage"));

const schema = z
  .object({
    action: optionalText(
      z.string().max(64, "audit.filter.invalidAction").regex(AUDIT_ACTION_PATTERN, "audit.filter.invalidAction"),
    ),
    actor: optionalText(z.string().max(254, "audit.filter.actorTooLong")),
    exact: optionalText(z.enum(["1"], "audit.filter.invalidExact")),
    from: day,
    to: day,
    org: optionalText(z.string().max(253, "audit.filter.orgTooLong")),
    after: cursor,
    before: cursor,
  })
  .superRefine((value, context) => {
    if (value.from && value.to && value.from > value.to)
      context.addIssue({ code: "custom", path: ["to"], message: "audit.filter.dateOrder" });
    if (value.after && value.before)
      context.addIssue({ code: "custom", path: ["after"], message: "audit.filter.invalidPage" });
  });

export const AUDIT_FILTER_KEYS = ["action", "actor", "exact", "from", "to", "org", "after", "before"] as const;

/**
 * The first value of each known key, cut to a sane length (search params can repeat a key),
 * without control characters: `?actor=%00` is a search for nothing, not a NUL that PostgreSQL
 * refuses with an error (M2).
 */
function readKnownKeys(params: SearchParams, keys: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (typeof first === "string") values[key] = stripControlCharacters(first.slice(0, 1000));
  }
  return values;
}

/** Parses the filter; `org` counts only in the operator console (elsewhere it is ignored like any unknown key). */
export function parseAuditFilter(params: SearchParams, options: { operator?: boolean } = {}): ParsedAuditFilter {
  const keys = AUDIT_FILTER_KEYS.filter((key) => key !== "org" || options.operator);
  const values = readKnownKeys(params, keys);
  const result = schema.safeParse(values);
  if (!result.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "form");
      const name = field === "after" || field === "before" ? "page" : field;
      fieldErrors[name] ??= issue.message;
    }
    return { ok: false, fieldErrors, values };
  }
  const data = result.data;
  const filter: AuditFilter = {
    action: data.action,
    actor: data.actor,
    actorExact: data.actor ? data.exact === "1" : undefined,
    from: data.from,
    to: data.to,
    org: options.operator ? data.org : undefined,
    cursor: data.after
      ? decodeAuditCursor(data.after, "after")
      : data.before
        ? decodeAuditCursor(data.before, "before")
        : undefined,
  };
  return { ok: true, filter, values };
}

/** The filter as search params (without the page), for paging and export links. */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.action) params.set("action", filter.action);
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.actor && filter.actorExact) params.set("exact", "1");
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.org) params.set("org", filter.org);
  return params;
}
