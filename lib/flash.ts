// A result that survives one redirect: written by an action (lib/actions/set-flash.ts), shown once by
// components/ui/toaster.tsx. Plain text only; React escapes it when shown.
export const FLASH_COOKIE = "flash";

export type Flash = { tone: "success" | "info" | "error"; message: string };

export function parseFlash(raw: string): Flash | null {
  try {
    const value = JSON.parse(raw) as Partial<Flash>;
    if (typeof value.message !== "string" || !["success", "info", "error"].includes(value.tone ?? "")) return null;
    return { tone: value.tone as Flash["tone"], message: value.message.slice(0, 500) };
  } catch {
    return null;
  }
}
