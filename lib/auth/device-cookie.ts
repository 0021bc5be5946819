import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// "Known device" cookies (OWASP's answer to lockout): after a successful sign-in the browser
// gets a signed token bound to the account. Sign-in throttling for an account applies to
// untrusted browsers only, so an attacker hammering an account never locks its owner out of
// a browser the owner has used before — whatever IP address the attacker claims.

export const DEVICE_COOKIE = "pc_device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 3600;

function sign(email: string, deviceId: string) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`device:${email}:${deviceId}`).digest("base64url");
}

export function issueDeviceToken(email: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${deviceId}.${sign(email, deviceId)}`;
}

/** The device id when `token` was issued to this email's account, else null. */
export function verifyDeviceToken(token: string | undefined, email: string): string | null {
  const [deviceId, signature] = token?.split(".") ?? [];
  if (!deviceId || !signature || deviceId.length > 64) return null;
  const expected = Buffer.from(sign(email, deviceId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
}

/** Reads one cookie from a raw Cookie header. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

export const deviceCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (process.env.APP_URL ?? "").startsWith("https://"),
  path: "/",
  maxAge: DEVICE_COOKIE_MAX_AGE,
});
