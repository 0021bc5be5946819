import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/country-regions";
import { noControlCharacters } from "@/lib/text";

// Settings → Partner profile (P-profile-edit): the fields a Global admin may change. Field
// messages are i18n keys ("profile.error.*"). Optional fields arrive as "" from the form and
// become null. The PN ID is not editable (it comes from the membership directory, R13).

const text = (max: number, required: boolean) => {
  const base = z
    .string({ error: "profile.error.required" })
    .trim()
    .max(max, `profile.error.tooLong${max}`)
    .refine(noControlCharacters, "profile.error.controlCharacters");
  return required ? base.refine((value) => value.length > 0, "profile.error.required") : base;
};

// nullish: the domain function parses the action's output (null) again.
const optionalText = (max: number) =>
  text(max, false)
    .nullish()
    .transform((value) => (value ? value : null));

const email = z
  .string({ error: "profile.error.required" })
  .trim()
  .toLowerCase()
  .min(1, "profile.error.required")
  .max(254, "profile.error.tooLong254")
  .pipe(z.email({ error: "profile.error.emailInvalid" }));

// Digits with the usual separators and an optional leading +, at least 5 digits.
const PHONE = /^\+?[0-9 ()./-]+$/;
const phoneOk = (value: string) => PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 5;

const phone = text(40, true).refine((value) => value.length === 0 || phoneOk(value), "profile.error.phoneInvalid");
const optionalPhone = optionalText(40).refine(
  (value) => value === null || phoneOk(value),
  "profile.error.phoneInvalid",
);

/** Absolute http(s) URL with a host, nothing else (no javascript:, data:, credentials). */
export function isWebsite(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.hostname.includes(".") &&
    !url.username &&
    !url.password
  );
}

const website = optionalText(300).refine((value) => value === null || isWebsite(value), "profile.error.websiteInvalid");

export const partnerProfileSchema = z.strictObject({
  legalName: text(200, true),
  addressLine1: text(200, true),
  addressLine2: optionalText(200),
  city: text(100, true),
  postalCode: text(20, true),
  countryCode: z
    .string({ error: "profile.error.countryInvalid" })
    .trim()
    .toUpperCase()
    .refine((code) => (COUNTRY_CODES as string[]).includes(code), "profile.error.countryInvalid"),
  contactName: text(200, true),
  contactEmail: email,
  contactPhone: phone,
  supportEmail: email,
  supportPhone: optionalPhone,
  supportWebsite: website,
});

export type PartnerProfileInput = z.output<typeof partnerProfileSchema>;

/** The editable columns, in the order the form and the audit event list them. */
export const PROFILE_FIELDS = [
  "legalName",
  "addressLine1",
  "addressLine2",
  "city",
  "postalCode",
  "countryCode",
  "contactName",
  "contactEmail",
  "contactPhone",
  "supportEmail",
  "supportPhone",
  "supportWebsite",
] as const satisfies readonly (keyof PartnerProfileInput)[];

export type ProfileField = (typeof PROFILE_FIELDS)[number];
