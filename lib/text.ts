import { z } from "zod";

// Shared checks for text and ids that come from the client (ENGINEERING §3: bad input gets a
// field message or is ignored, never a 500). PostgreSQL refuses NUL in text and throws on a
// malformed uuid, so both are settled here, before any query.

/** C0 control characters and DEL: never part of a name, a search or an id. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const CONTROL_CHARACTERS_ALL = /[\u0000-\u001f\u007f]/g;

export const hasControlCharacters = (text: string) => CONTROL_CHARACTERS.test(text);

export const stripControlCharacters = (text: string) => text.replace(CONTROL_CHARACTERS_ALL, "");

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

const uuid = z.uuid();

/** The one uuid check for ids from the client (`unverified…` ids): RFC 9562 form, nothing else. */
export const isUuid = (value: unknown): value is string => uuid.safeParse(value).success;
