// One time zone per user: the browser's, remembered in a cookie by components/i18n/time-zone-cookie.tsx
// and read by the request config (lib/i18n/request.ts). Anything unknown reads as UTC.
export const TIME_ZONE_COOKIE = "pc_tz";
export const DEFAULT_TIME_ZONE = "UTC";

let known: Set<string> | undefined;

/** The IANA zone a cookie names, if this runtime knows it (aliases such as "Asia/Kolkata" resolve); else UTC. */
export function timeZoneFromCookie(value: string | undefined | null): string {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return DEFAULT_TIME_ZONE;
  known ??= new Set([...Intl.supportedValuesOf("timeZone"), DEFAULT_TIME_ZONE]);
  if (known.has(value)) return value;
  try {
    const resolved = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
    return known.has(resolved) ? resolved : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
