/** Only same-site paths may be redirect targets (no open redirects via callbackUrl). */
export function safeRedirectPath(value: unknown, fallback = "/overview"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value.slice(0, 500);
}
