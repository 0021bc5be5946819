import { hasControlCharacters } from "@/lib/text";

// Only plain same-site paths may be redirect targets: no "//host", no backslashes, and no
// whitespace or control characters (browsers drop tabs, so "/\t/evil.example" would leave the site).
const SAFE_PATH = /^\/(?![/\\])[^\s\\]*$/;

export function safeRedirectPath(value: unknown, fallback = "/overview"): string {
  if (typeof value !== "string" || value.length > 500 || !SAFE_PATH.test(value) || hasControlCharacters(value))
    return fallback;
  return new URL(value, "http://portal.invalid").origin === "http://portal.invalid" ? value : fallback;
}
