import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import {
  INVITATION_DEFAULT_DAYS,
  INVITATION_MAX_DAYS,
  INVITATION_MIN_DAYS,
} from "@/lib/invitations/invitation-lifetime";

// What the provider enters on "Invite a reseller" (field messages are i18n keys).
export const resellerInvitationSchema = z.strictObject({
  email: z
    .string({ error: "partnerships.invite.emailRequired" })
    .trim()
    .toLowerCase()
    .min(1, "partnerships.invite.emailRequired")
    .max(254, "partnerships.invitation.emailInvalid")
    .pipe(z.email({ error: "partnerships.invitation.emailInvalid" })),
  /** The enrolled reseller picked in the search, if any (a client id: checked against the directory). */
  unverifiedResellerId: z
    .string()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  expiresInDays: z.coerce
    .number({ error: "partnerships.invite.daysInvalid" })
    .int("partnerships.invite.daysInvalid")
    .min(INVITATION_MIN_DAYS, "partnerships.invite.daysInvalid")
    .max(INVITATION_MAX_DAYS, "partnerships.invite.daysInvalid")
    .default(INVITATION_DEFAULT_DAYS),
  locale: z.enum(LOCALES, { error: "partnerships.invite.localeInvalid" }).default("en"),
});
export type ResellerInvitationInput = z.input<typeof resellerInvitationSchema>;
export type ResellerInvitation = z.output<typeof resellerInvitationSchema>;
