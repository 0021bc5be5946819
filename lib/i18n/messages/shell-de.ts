import type { ShellMessageKey } from "./shell-en";

// German strings of the signed-in shell (spread into de.ts); TypeScript refuses a missing key.
export const shellDe: Record<ShellMessageKey, string> = {
  "shell.menu": "Menü",
  "shell.closeMenu": "Menü schließen",
  "shell.loading": "Wird geladen …",
};
