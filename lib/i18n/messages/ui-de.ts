import type { uiEn } from "./ui-en";

export const uiDe: Record<keyof typeof uiEn, string> = {
  "ui.close": "Schließen",
  "ui.typeToConfirm": "Geben Sie zur Bestätigung {name} ein",
  "ui.sortBy": "Nach {column} sortieren",
};
