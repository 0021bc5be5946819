import type { UnavailableMessageKey } from "./unavailable-en";

// German wording of the app server's answer while the database is away (spread into de.ts).
export const unavailableDe: Record<UnavailableMessageKey, string> = {
  "unavailable.title": "Vorübergehend nicht verfügbar",
  "unavailable.body":
    "Partner Center erreicht seine Datenbank gerade nicht. Es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.",
  "unavailable.retry": "Erneut versuchen",
  "unavailable.apiDetail":
    "Die Datenbank ist vorübergehend nicht verfügbar. Versuchen Sie es nach der Zeit im Retry-After-Header erneut.",
};
