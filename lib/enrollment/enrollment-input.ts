// zod schemas of the enrollment wizard's forms (ENGINEERING §3: strict, trimmed, length limits,
// control characters refused). Field messages are i18n keys (lib/i18n/messages/enroll-en.ts).
import { z } from "zod";
import { isCountryCode } from "@/lib/country-regions";
import { programFromSlug } from "./programs";
import { noControlCharacters, stripControlCharacters } from "@/lib/text";

const requiredText = (max: number) =>
  z
    .string({ error: "enroll.field.required" })
    .trim()
    .min(1, "enroll.field.required")
    .max(max, `enroll.field.tooLong${max}`)
    .refine(noControlCharacters, "enroll.field.controlCharacters");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `enroll.field.tooLong${max}`)
    .refine(noControlCharacters, "enroll.field.controlCharacters")
    .optional()
    .transform((value) => (value ? value : null));

export const emailInput = z
  .string({ error: "enroll.field.required" })
  .trim()
  .toLowerCase()
  .min(1, "enroll.field.required")
  .max(254, "enroll.field.tooLong254")
  .pipe(z.email({ error: "enroll.field.emailInvalid" }));

const PHONE = /^\+?[0-9][0-9 ()./-]{3,38}$/;
const isPhone = (value: string) => PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 5;
const phoneInput = z
  .string({ error: "enroll.field.required" })
  .trim()
  .min(1, "enroll.field.required")
  .max(40, "enroll.field.tooLong40")
  .refine(isPhone, "enroll.field.phoneInvalid");
const optionalPhone = z
  .string()
  .trim()
  .max(40, "enroll.field.tooLong40")
  .refine((value) => value === "" || isPhone(value), "enroll.field.phoneInvalid")
  .optional()
  .transform((value) => (value ? value : null));

const isWebAddress = (value: string) =>
  URL.canParse(value) &&
  ["https:", "http:"].includes(new URL(value).protocol) &&
  !!new URL(value).hostname.includes(".");
const optionalWebsite = z
  .string()
  .trim()
  .max(300, "enroll.field.tooLong300")
  .refine((value) => value === "" || (isWebAddress(value) && noControlCharacters(value)), "enroll.field.websiteInvalid")
  .optional()
  .transform((value) => (value ? value : null));

export const countryInput = z
  .string({ error: "enroll.field.countryInvalid" })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "enroll.field.countryInvalid");

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;

/** Legal business profile and primary contact: asked only when the tenant isn't a partner yet. */
export const legalProfileShape = {
  legalName: requiredText(200),
  addressLine1: requiredText(200),
  addressLine2: optionalText(200),
  city: requiredText(100),
  postalCode: requiredText(20).refine((value) => POSTAL_CODE.test(value), "enroll.field.postalCodeInvalid"),
  countryCode: countryInput,
  contactName: requiredText(200),
  contactEmail: emailInput,
  contactPhone: phoneInput,
};

/** Customer-support details: asked in every enrollment, prefilled for existing partners. */
export const supportShape = {
  supportEmail: emailInput,
  supportPhone: optionalPhone,
  supportWebsite: optionalWebsite,
};

/** R14: a direct-bill partner's move can't be undone; the form asks to confirm that. */
const confirmNoRollback = z.literal("on", { error: "enroll.details.confirmNoRollbackRequired" }).optional();

export const newPartnerDetailsSchema = z.strictObject({ ...legalProfileShape, ...supportShape, confirmNoRollback });
export const existingPartnerDetailsSchema = z.strictObject({ ...supportShape, confirmNoRollback });
export type NewPartnerDetails = z.output<typeof newPartnerDetailsSchema>;
export type SupportDetails = z.output<typeof existingPartnerDetailsSchema>;

export const DETAIL_FIELDS = [
  ...Object.keys(legalProfileShape),
  ...Object.keys(supportShape),
] as (keyof NewPartnerDetails)[];

/** What a draft keeps (Back, failed submits): any known field as typed, clipped; nothing is refused. */
export function draftDetailsFrom(input: unknown): Record<string, string> {
  const record = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const kept: Record<string, string> = {};
  for (const field of DETAIL_FIELDS) {
    const value = record[field];
    if (typeof value === "string") kept[field] = stripControlCharacters(value, { replacement: " " }).slice(0, 300);
  }
  return kept;
}

/** "Create one": a new partner work account (tenant) and its Global admin. */
export const createWorkAccountSchema = z
  .strictObject({
    organizationName: requiredText(200),
    domain: z
      .string({ error: "enroll.field.required" })
      .trim()
      .toLowerCase()
      .transform((value) => value.replace(/\.+$/, ""))
      .pipe(
        z
          .string()
          .min(1, "enroll.field.required")
          .max(253, "enroll.field.tooLong253")
          .regex(
            /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
            "enroll.account.domainInvalid",
          ),
      ),
    countryCode: countryInput,
    adminName: requiredText(200),
    email: emailInput,
    password: z
      .string({ error: "enroll.field.required" })
      .min(1, "enroll.field.required")
      .max(1024, "password.too_long"),
    confirmPassword: z.string({ error: "enroll.field.required" }).max(1024, "password.too_long"),
  })
  .superRefine((input, context) => {
    if (input.domain && !input.email.endsWith(`@${input.domain}`))
      context.addIssue({ code: "custom", path: ["email"], message: "enroll.account.emailDomain" });
    if (input.password !== input.confirmPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: "password.mismatch" });
  });
export type CreateWorkAccountInput = z.output<typeof createWorkAccountSchema>;

/** The membership directory's own sign-in (SPEC §1). */
export const membershipSignInSchema = z.strictObject({
  email: emailInput,
  password: z
    .string({ error: "enroll.field.required" })
    .min(1, "enroll.field.required")
    .max(1024, "enroll.field.required"),
});
export type MembershipSignInInput = z.output<typeof membershipSignInSchema>;

/**
 * Every wizard form: the program's URL slug (hidden field) and the step's own fields, which the
 * step's domain function checks with its schema above (tests call those with raw input too).
 */
export const wizardFormSchema = z.looseObject({
  program: z.string({ error: "notFound.page" }).transform((slug, context) => {
    const program = programFromSlug(slug);
    if (!program) context.addIssue({ code: "custom", message: "notFound.page" });
    return program ?? z.NEVER;
  }),
});

/** "Verify email address": the link's token; anything malformed is checked as the empty (invalid) token. */
export const verifyContactEmailSchema = z.strictObject({ token: z.string().max(100).catch("") });
