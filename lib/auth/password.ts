import "server-only";
import { randomInt } from "node:crypto";
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2 = {
  algorithm: 2 as Algorithm /* Argon2id; a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MAX = 128;
export const passwordMinimum = (isAdmin: boolean) => (isAdmin ? 15 : 12);

const COMMON_PASSWORDS = new Set(dictionary["passwords-common"] as string[]);

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account matches keeps sign-in timing uniform.
let dummyHash: Promise<string> | undefined;
export const verifyAgainstDummy = async (password: string) => {
  dummyHash ??= hashPassword("partner-center-timing-equalizer");
  await verifyPassword(await dummyHash, password);
  return false;
};

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_identity";

/** NIST/ASVS length rules without composition rules; refuses common and self-describing passwords. */
export function checkPasswordPolicy(
  password: string,
  context: { isAdmin: boolean; email?: string; name?: string },
): PasswordProblem | null {
  const length = [...password].length;
  if (length < passwordMinimum(context.isAdmin)) return "too_short";
  if (length > PASSWORD_MAX) return "too_long";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "common";
  const identity = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])]
    .filter((part): part is string => !!part && part.length >= 4)
    .map((part) => part.toLowerCase());
  if (identity.some((part) => lower.includes(part)) && new Set(lower).size < 8) return "contains_identity";
  return null;
}

const TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random 20-character temporary password (R18), readable when copied by hand. */
export function generateTemporaryPassword(): string {
  return Array.from({ length: 20 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]).join("");
}
