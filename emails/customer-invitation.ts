import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { greeting, personalLinkNote } from "./phrases";

// R8, R16: a partner (with its provider for a joint invitation) asks a customer for a reseller relationship.
export type CustomerInvitationProps = {
  partnerName: string;
  providerName?: string;
  recipientName?: string;
  invitationUrl: string;
  message?: string;
  expiresInDays?: number;
};

export const customerInvitation = defineEmail<CustomerInvitationProps>({
  en: (p) => ({
    subject: p.providerName
      ? `${p.partnerName} and ${p.providerName} ask to become your cloud partners`
      : `${p.partnerName} asks to become your cloud partner`,
    heading: "Request for a reseller relationship",
    paragraphs: [
      greeting("en", p.recipientName),
      p.providerName
        ? `${p.partnerName} and its indirect provider ${p.providerName} would like to establish a reseller relationship with your organization for ${vendorName()} services.`
        : `${p.partnerName} would like to establish a reseller relationship with your organization for ${vendorName()} services.`,
      "A global admin of your organization can review and accept the request after signing in.",
    ],
    quote: p.message ? { label: `Message from ${p.partnerName}`, text: p.message } : undefined,
    action: { label: "Review the request", url: p.invitationUrl },
    note: personalLinkNote("en", p.expiresInDays),
  }),
  de: (p) => ({
    subject: p.providerName
      ? `${p.partnerName} und ${p.providerName} möchten Ihre Cloud-Partner werden`
      : `${p.partnerName} möchte Ihr Cloud-Partner werden`,
    heading: "Anfrage für eine Reseller-Beziehung",
    paragraphs: [
      greeting("de", p.recipientName),
      p.providerName
        ? `${p.partnerName} und der indirekte Anbieter ${p.providerName} möchten mit Ihrer Organisation eine Reseller-Beziehung für Dienste von ${vendorName()} eingehen.`
        : `${p.partnerName} möchte mit Ihrer Organisation eine Reseller-Beziehung für Dienste von ${vendorName()} eingehen.`,
      "Ein globaler Administrator Ihrer Organisation kann die Anfrage nach der Anmeldung prüfen und annehmen.",
    ],
    quote: p.message ? { label: `Nachricht von ${p.partnerName}`, text: p.message } : undefined,
    action: { label: "Anfrage prüfen", url: p.invitationUrl },
    note: personalLinkNote("de", p.expiresInDays),
  }),
});
