import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { greeting, personalLinkNote } from "./phrases";

// R12: review starts only after the primary contact confirms the address with this link.
export type ContactVerificationProps = {
  contactName?: string;
  organizationName: string;
  verifyUrl: string;
  expiresInDays?: number;
};

export const contactVerification = defineEmail<ContactVerificationProps>({
  en: (p) => ({
    subject: `Verify your email address for ${p.organizationName}`,
    heading: "Verify your email address",
    paragraphs: [
      greeting("en", p.contactName),
      `You were named the primary contact of ${p.organizationName} in its enrollment in the ${vendorName()} partner program.`,
      "Please confirm this email address. The review of the enrollment starts once it is verified.",
    ],
    action: { label: "Verify email address", url: p.verifyUrl },
    note: personalLinkNote("en", p.expiresInDays),
  }),
  de: (p) => ({
    subject: `Bestätigen Sie Ihre E-Mail-Adresse für ${p.organizationName}`,
    heading: "Bestätigen Sie Ihre E-Mail-Adresse",
    paragraphs: [
      greeting("de", p.contactName),
      `Sie wurden bei der Registrierung von ${p.organizationName} im Partnerprogramm von ${vendorName()} als primärer Kontakt angegeben.`,
      "Bitte bestätigen Sie diese E-Mail-Adresse. Die Prüfung der Registrierung beginnt, sobald sie bestätigt ist.",
    ],
    action: { label: "E-Mail-Adresse bestätigen", url: p.verifyUrl },
    note: personalLinkNote("de", p.expiresInDays),
  }),
});
