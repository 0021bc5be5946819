import type { ErrorsMessageKey } from "./errors-en";

// German wording of "not found" refusals (spread into de.ts); TypeScript refuses a missing key.
export const errorsDe: Record<ErrorsMessageKey, string> = {
  "notFound.account": "Das Konto wurde nicht gefunden.",
  "notFound.customer": "Der Kunde wurde nicht gefunden.",
  "notFound.enrollment": "Die Registrierung wurde nicht gefunden.",
  "notFound.indirectProvider": "Der indirekte Anbieter wurde nicht gefunden.",
  "notFound.invitation": "Die Einladung wurde nicht gefunden.",
  "notFound.organization": "Die Organisation wurde nicht gefunden.",
  "notFound.item": "Die Seite oder das Element wurde nicht gefunden.",
  "notFound.page": "Die Seite wurde nicht gefunden.",
  "notFound.partnerOrganization": "Die Partnerorganisation wurde nicht gefunden.",
  "notFound.partnerProfile": "Das Partnerprofil wurde nicht gefunden.",
  "notFound.provider": "Der Anbieter wurde nicht gefunden.",
  "notFound.relationship": "Die Beziehung wurde nicht gefunden.",
  "notFound.supportRequest": "Die Supportanfrage wurde nicht gefunden.",
  "notFound.user": "Der Benutzer wurde nicht gefunden.",
  "notFound.email": "Die E-Mail wurde nicht gefunden.",
};
