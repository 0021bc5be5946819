import "server-only";
import { cookies } from "next/headers";
import { DEVICE_COOKIE, deviceCookieOptions, issueDeviceToken } from "./device-cookie";

/** After a successful sign-in: this browser becomes a known device of the account. */
export async function rememberDevice(scope: "user" | "operator", email: string) {
  (await cookies()).set(
    DEVICE_COOKIE,
    issueDeviceToken(`${scope}:${email.trim().toLowerCase()}`),
    deviceCookieOptions(),
  );
}
