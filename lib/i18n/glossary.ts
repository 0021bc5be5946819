// The portal's terms in English and German: the one list the German messages (lib/i18n/messages/*-de.ts,
// de.ts) and the emails' German (emails/) follow. `notDe` are the German words that drifted in before;
// tests/unit/german-glossary.test.ts fails when a German text uses one of them.
export type GlossaryEntry = {
  en: string;
  de: string;
  /** Forbidden in German texts: matched case-sensitively at the start of a word, so compounds count too. */
  notDe?: readonly string[];
  note?: string;
};

export const glossary: readonly GlossaryEntry[] = [
  { en: "Partner Center", de: "Partner Center" },
  {
    en: "Indirect reseller",
    de: "Indirekter Reseller (plural: Indirekte Reseller; dative plural: Resellern)",
    notDe: ["Wiederverkäufer"],
  },
  { en: "Indirect provider", de: "Indirekter Anbieter", notDe: ["Indirekter Provider", "Indirekte Provider"] },
  {
    en: "Direct-bill partner",
    de: "Direct-Bill-Partner",
    notDe: ["Direkt abrechnender Partner", "direkt abrechnender Partner", "Direktabrechnungspartner"],
  },
  { en: "reseller relationship", de: "Reseller-Beziehung", notDe: ["Resellerbeziehung"] },
  { en: "relationship", de: "Beziehung" },
  { en: "Partner Agreement", de: "Partnervereinbarung", notDe: ["Partnervertrag", "Partner-Vereinbarung"] },
  { en: "Global admin", de: "Globaler Administrator", notDe: ["Global Admin"] },
  { en: "User management admin", de: "Benutzerverwaltungsadministrator" },
  { en: "Admin agent", de: "Administratoragent", notDe: ["Administrator-Agent", "Admin-Agent", "Adminagent"] },
  { en: "Sales agent", de: "Vertriebsagent", notDe: ["Vertriebs-Agent", "Verkaufsagent"] },
  { en: "Helpdesk agent", de: "Helpdesk-Agent", notDe: ["Helpdeskagent"] },
  {
    en: "request (a reseller relationship from a customer)",
    de: "anfragen; the request: Anfrage",
    notDe: ["anfordern", "angefordert", "fordern"],
    note: "“Reseller-Beziehung anfragen”, “Sie fragen beim Kunden … an”.",
  },
  { en: "support request", de: "Supportanfrage", notDe: ["Support-Anfrage", "Supportanforderung"] },
  { en: "invitation (provider → reseller)", de: "Einladung" },
  { en: "customer", de: "Kunde" },
  { en: "partner organization", de: "Partnerorganisation" },
  { en: "work account", de: "Geschäftskonto", note: "its technical name, tenant, is “Mandant”." },
  { en: "PN ID (Partner Network ID)", de: "PN-ID", notDe: ["PN ID"] },
  { en: "enrollment; enroll", de: "Registrierung; sich registrieren" },
  { en: "subscription", de: "Abonnement" },
  { en: "password", de: "Kennwort", notDe: ["Passwort"] },
  { en: "sign in", de: "anmelden" },
  { en: "email", de: "E-Mail", notDe: ["Email", "eMail"] },
];
