import { contactEmailChanged } from "./contact-email-changed";
import { contactVerification } from "./contact-verification";
import { customerInvitation } from "./customer-invitation";
import type { EmailTemplate } from "./define-email";
import { enrollmentApproved } from "./enrollment-approved";
import { enrollmentStatus } from "./enrollment-status";
import { invitationUpdate } from "./invitation-update";
import { relationshipNotice } from "./relationship-notice";
import { resellerInvitation } from "./reseller-invitation";
import { supportReply } from "./support-reply";
import { userAdded } from "./user-added";

/** Every email the portal sends, by the name stored in outbox_emails.template. */
export const emailTemplates = {
  "user-added": userAdded,
  "contact-verification": contactVerification,
  "contact-email-changed": contactEmailChanged,
  "enrollment-status": enrollmentStatus,
  "enrollment-approved": enrollmentApproved,
  "reseller-invitation": resellerInvitation,
  "customer-invitation": customerInvitation,
  "relationship-notice": relationshipNotice,
  "invitation-update": invitationUpdate,
  "support-reply": supportReply,
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailProps<N extends EmailTemplateName> =
  (typeof emailTemplates)[N] extends EmailTemplate<infer P extends object> ? P : never;
