import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Link tokens (ENGINEERING §3): 32 random bytes, base64url; only the SHA-256 is stored.

/** Only the SHA-256 of a token is stored (ENGINEERING §3). */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A fresh token for a link, and the hash to store. The raw token goes only into the link. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** A token as it arrives in a URL: 43 base64url characters, or nothing worth a database read. */
export const isWellFormedToken = (token: unknown): token is string =>
  typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
