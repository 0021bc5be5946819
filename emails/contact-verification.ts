import { defineEmail } from "./define-email";
import { greeting, personalLinkNote } from "./phrases";
import { vendorName } from "./vendor";

// R12: review starts only after the primary contact confirms the address with this link.
export type ContactVerificationProps = {
  contactName?: string;
  organizationName: string;
  verifyUrl: string;
  expiresInDays?: number;
};

export const contactVerification = defineEmail<ContactVerificationProps>((t, p) => ({
  subject: t("emails.contactVerification.subject", { organization: p.organizationName }),
  heading: t("emails.contactVerification.heading"),
  greeting: greeting(t, p.contactName),
  paragraphs: [
    t("emails.contactVerification.named", { organization: p.organizationName, vendor: vendorName() }),
    t("emails.contactVerification.confirm"),
  ],
  action: { label: t("emails.contactVerification.action"), url: p.verifyUrl },
  note: personalLinkNote(t, p.expiresInDays),
}));
