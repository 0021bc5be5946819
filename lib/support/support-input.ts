import { z } from "zod";
import { SupportCategory, SupportStatus } from "@/lib/generated/prisma/enums";
import { noControlCharacters, isUuid, noControlCharactersInLines, normalizeLineBreaks } from "@/lib/text";

// Shared zod schemas for support requests (field messages are i18n keys, lib/i18n/messages/support-*.ts).

export const SUPPORT_CATEGORIES = Object.values(SupportCategory);
export const SUPPORT_STATUSES = Object.values(SupportStatus);
export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const END_REASON_MAX = 2000;

/** Multi-line text: CRLF → LF, trimmed, required, at most `max` characters, no control characters. */
export const longText = (required: string, tooLong: string, invalid: string, max: number) =>
  z
    .string({ error: required })
    .transform((text) => normalizeLineBreaks(text).trim())
    .pipe(z.string().min(1, required).max(max, tooLong).refine(noControlCharactersInLines, invalid));

/** An optional id from a select or hidden field: "" means none; anything else must be a uuid (never a database error). */
const optionalId = (invalid: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || isUuid(value), { error: invalid });

export const createSupportRequestSchema = z.strictObject({
  category: z.enum(SupportCategory, { error: "support.categoryRequired" }),
  subject: z
    .string({ error: "support.subjectRequired" })
    .trim()
    .min(1, "support.subjectRequired")
    .max(SUBJECT_MAX, "support.subjectTooLong")
    .refine(noControlCharacters, "support.textInvalid"),
  description: longText("support.descriptionRequired", "support.descriptionTooLong", "support.textInvalid", BODY_MAX),
  /** Required for END_PROVIDER_RESELLER_RELATIONSHIP: one of the organization's ACTIVE provider–reseller relationships. */
  relationshipId: optionalId("support.relationshipInvalid"),
});
export type CreateSupportRequestInput = z.input<typeof createSupportRequestSchema>;

export const replySupportRequestSchema = z.strictObject({
  requestId: z.uuid({ error: "support.notFound" }),
  body: longText("support.replyRequired", "support.replyTooLong", "support.textInvalid", BODY_MAX),
});
export type ReplySupportRequestInput = z.input<typeof replySupportRequestSchema>;

export const closeSupportRequestSchema = z.strictObject({ requestId: z.uuid({ error: "support.notFound" }) });

export const endRelationshipSchema = z.strictObject({
  relationshipId: z.uuid({ error: "endRelationship.notFound" }),
  reason: longText(
    "endRelationship.reasonRequired",
    "endRelationship.reasonTooLong",
    "endRelationship.reasonInvalid",
    END_REASON_MAX,
  ),
  /** Set when the operator ends it from an end-relationship support request (replied to and closed in the same transaction). */
  supportRequestId: optionalId("support.notFound"),
});
export type EndRelationshipInput = z.input<typeof endRelationshipSchema>;
