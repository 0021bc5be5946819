import "server-only";
import { CLIENT_IP_HEADER } from "./client-ip-header";

/**
 * The client's address for audit records and the per-IP sign-in throttle. The app server
 * (lib/server/app-server.ts) derives it from the socket and TRUSTED_PROXIES and sets this header on
 * every request, overwriting anything the client sent; nothing else is read (X-Forwarded-For is
 * client-controlled). A forged value couldn't lock anyone out anyway: owners' known browsers are
 * throttled on their own (lib/auth/device-cookie.ts).
 */
export function clientIpFrom(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim().slice(0, 45) || "unknown";
}
