import "server-only";
import { cookies } from "next/headers";
import { FLASH_COOKIE, type Flash } from "@/lib/flash";

/** Leaves a result for the page the action redirects to; it is shown once as a toast. */
export async function setFlash(message: string, tone: Flash["tone"] = "success") {
  // Next percent-encodes the value itself; the toaster decodes it once.
  (await cookies()).set(FLASH_COOKIE, JSON.stringify({ tone, message }), {
    path: "/",
    maxAge: 60,
    sameSite: "lax",
    httpOnly: false, // read and deleted by the toaster in the browser
    secure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
}
