import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { INVITATION_MAX_DAYS, INVITATION_MIN_DAYS } from "@/lib/invitations/invitation-lifetime";

// The form of "Request a reseller relationship" and "Invite new customers" (R16): an optional
// customer email (the draft may be sent from the partner's own mail app), the link's lifetime
// (1–90 days, default 30; lib/invitations/invitation-links.ts) and the email's language.
// Field messages are i18n keys.

/** Trimmed, lower-cased; empty means "no address yet". */
export const optionalCustomerEmail = z
  .string({ error: "invites.request.emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "invites.request.emailInvalid")
  .pipe(z.union([z.literal(""), z.email({ error: "invites.request.emailInvalid" })]))
  .transform((email) => email || undefined);

export const customerInvitationFields = {
  email: optionalCustomerEmail.optional(),
  expiresInDays: z.coerce
    .number({ error: "invites.request.daysInvalid" })
    .int("invites.request.daysInvalid")
    .min(INVITATION_MIN_DAYS, "invites.request.daysInvalid")
    .max(INVITATION_MAX_DAYS, "invites.request.daysInvalid"),
  locale: z.enum(LOCALES, { error: "invites.request.localeInvalid" }),
};

/** "Request a reseller relationship": one partner asks a customer. */
export const customerRequestSchema = z.strictObject(customerInvitationFields);
export type CustomerRequestInput = z.input<typeof customerRequestSchema>;

/** "Invite new customers": the reseller and one of its providers ask together (R8). The provider id comes from the page's URL: unverified. */
export const jointInvitationSchema = z.strictObject({
  ...customerInvitationFields,
  unverifiedProviderId: z.string().max(100),
});
export type JointInvitationInput = z.input<typeof jointInvitationSchema>;

/**
 * "Create account and accept" on the landing page: the link's token; the work-account fields
 * beside it are parsed by createCustomerAccountAndAccept with the enrollment's own schema.
 */
export const customerAccountFormSchema = z.looseObject({ token: z.string().max(100) });
