import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

// The words the (client) profile form needs, translated on the server and passed as props.
export const FORM_LABEL_KEYS = [
  "profile.legal",
  "profile.legalName",
  "profile.addressLine1",
  "profile.addressLine2",
  "profile.city",
  "profile.postalCode",
  "profile.country",
  "profile.contact",
  "profile.contactName",
  "profile.contactEmail",
  "profile.contactEmailHint",
  "profile.contactPhone",
  "profile.support",
  "profile.supportEmail",
  "profile.supportPhone",
  "profile.supportWebsite",
  "profile.supportWebsiteHint",
  "profile.save",
] as const satisfies readonly MessageKey[];

export type FormLabels = Record<(typeof FORM_LABEL_KEYS)[number], string> & { countryHint: string };

export function formLabels(t: Translate, countryHint: string): FormLabels {
  return {
    ...(Object.fromEntries(FORM_LABEL_KEYS.map((key) => [key, t(key)])) as Record<
      (typeof FORM_LABEL_KEYS)[number],
      string
    >),
    countryHint,
  };
}

/** How the primary contact's address stands: verified (date) or not, and a new address waiting for verification. */
export type ContactEmailState = { verifiedText: string; pendingLabel: string; pendingText: string | null };
