import { z } from "zod";

// Shared checks for text and ids that come from the client (ENGINEERING §3: bad input gets a
// field message or is ignored, never a 500). PostgreSQL refuses NUL in text and throws on a
// malformed uuid, so both are settled here, before any query.

/** C0 control characters and DEL: never part of a name, a search or an id. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
/** The same, less tab and line breaks: what multi-line text (a reason, a message) may not hold. */
const MULTILINE_CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

type TextKind = { multiline?: boolean };
const setOf = (kind: TextKind) => (kind.multiline ? MULTILINE_CONTROL_CHARACTERS : CONTROL_CHARACTERS);

export const hasControlCharacters = (text: string, kind: TextKind = {}) => setOf(kind).test(text);

/** Removes (or replaces) control characters; multi-line text keeps its tabs and line breaks. */
export const stripControlCharacters = (text: string, kind: TextKind & { replacement?: string } = {}) =>
  text.replace(new RegExp(setOf(kind).source, "g"), kind.replacement ?? "");

/** The control characters plus Unicode's own line breaks (NEL, LS, PS): none may reach a mail header. */
const HEADER_BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/** A mail header's value (an email subject) is one line: each run of control characters or line breaks becomes a space. */
export const toHeaderLine = (text: string) => text.replace(HEADER_BREAKS, " ");

/** Multi-line text as typed in a textarea: CRLF and CR become LF. */
export const normalizeLineBreaks = (text: string) => text.replace(/\r\n?/g, "\n");

/** A search box's value: anything but a string is no search; control characters go, then spaces at the ends; at most `max` characters. */
export function searchText(value: unknown, max = 100): string {
  if (typeof value !== "string") return "";
  return stripControlCharacters(value).trim().slice(0, max);
}

const MAX_PAGE = 10_000;

/** The one page-number parser for lists (`?page=`): a whole number from 1 to 10,000; fractions are truncated, larger pages clamped, anything else (NaN, -3, Infinity, missing) is page 1. */
export function pageNumber(value: unknown): number {
  const page = Math.trunc(Number(value));
  return Number.isFinite(page) ? Math.max(1, Math.min(page, MAX_PAGE)) : 1;
}

/** For zod: `.refine(noControlCharacters, "…key")` refuses a field with control characters (names, titles). */
export const noControlCharacters = (text: string) => !hasControlCharacters(text);

/** For zod, multi-line fields: tabs and line breaks are allowed. */
export const noControlCharactersInLines = (text: string) => !hasControlCharacters(text, { multiline: true });

const uuid = z.uuid();

/** The one uuid check for ids from the client (`unverified…` ids): RFC 9562 form, nothing else. */
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success;
