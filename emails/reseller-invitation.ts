import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { greeting, personalLinkNote } from "./phrases";

// R6, R16: a provider asks a reseller's global admin to authorize it as indirect provider.
export type ResellerInvitationProps = {
  providerName: string;
  recipientName?: string;
  invitationUrl: string;
  message?: string;
  expiresInDays?: number;
};

export const resellerInvitation = defineEmail<ResellerInvitationProps>({
  en: (p) => ({
    subject: `${p.providerName} invites you to authorize it as your indirect provider`,
    heading: "Invitation from an indirect provider",
    paragraphs: [
      greeting("en", p.recipientName),
      `${p.providerName} invites your organization to work with it as your indirect provider in the ${vendorName()} partner program.`,
      "A global admin of your organization can review the invitation and authorize the provider after signing in to Partner Center.",
    ],
    quote: p.message ? { label: `Message from ${p.providerName}`, text: p.message } : undefined,
    action: { label: "Review the invitation", url: p.invitationUrl },
    note: personalLinkNote("en", p.expiresInDays),
  }),
  de: (p) => ({
    subject: `${p.providerName} bittet Sie um die Autorisierung als indirekter Anbieter`,
    heading: "Einladung eines indirekten Anbieters",
    paragraphs: [
      greeting("de", p.recipientName),
      `${p.providerName} lädt Ihre Organisation ein, im Partnerprogramm von ${vendorName()} als Ihr indirekter Anbieter mit Ihnen zusammenzuarbeiten.`,
      "Ein globaler Administrator Ihrer Organisation kann die Einladung nach der Anmeldung im Partner Center prüfen und den Anbieter autorisieren.",
    ],
    quote: p.message ? { label: `Nachricht von ${p.providerName}`, text: p.message } : undefined,
    action: { label: "Einladung prüfen", url: p.invitationUrl },
    note: personalLinkNote("de", p.expiresInDays),
  }),
});
