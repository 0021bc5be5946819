import { defineEmail } from "./define-email";
import { greeting, personalLinkNote } from "./phrases";
import { vendorName } from "./vendor";

// R6, R16: a provider asks a reseller's global admin to authorize it as indirect provider.
export type ResellerInvitationProps = {
  providerName: string;
  recipientName?: string;
  invitationUrl: string;
  message?: string;
  expiresInDays?: number;
};

export const resellerInvitation = defineEmail<ResellerInvitationProps>((t, p) => ({
  subject: t("emails.resellerInvitation.subject", { provider: p.providerName }),
  heading: t("emails.resellerInvitation.heading"),
  // The provider's message is a letter with its own greeting: the email doesn't say hello a second time.
  greeting: p.message ? null : greeting(t, p.recipientName),
  paragraphs: [
    t("emails.resellerInvitation.body", { provider: p.providerName, vendor: vendorName() }),
    t("emails.resellerInvitation.who"),
  ],
  quote: p.message ? { label: t("emails.common.messageFrom", { name: p.providerName }), text: p.message } : undefined,
  action: { label: t("emails.resellerInvitation.action"), url: p.invitationUrl },
  note: personalLinkNote(t, p.expiresInDays),
}));
