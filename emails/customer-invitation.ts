import { defineEmail } from "./define-email";
import { greeting, personalLinkNote } from "./phrases";
import { vendorName } from "./vendor";

// R8, R16: a partner (with its provider for a joint invitation) asks a customer for a reseller relationship.
export type CustomerInvitationProps = {
  partnerName: string;
  providerName?: string;
  recipientName?: string;
  invitationUrl: string;
  message?: string;
  expiresInDays?: number;
};

export const customerInvitation = defineEmail<CustomerInvitationProps>((t, p) => {
  const values = { partner: p.partnerName, provider: p.providerName ?? "", vendor: vendorName() };
  return {
    subject: p.providerName
      ? t("emails.customerInvitation.subjectJoint", values)
      : t("emails.customerInvitation.subject", values),
    heading: t("emails.customerInvitation.heading"),
    // The partner's message is a letter with its own greeting: the email doesn't say hello a second time.
    greeting: p.message ? null : greeting(t, p.recipientName),
    paragraphs: [
      p.providerName ? t("emails.customerInvitation.bodyJoint", values) : t("emails.customerInvitation.body", values),
      t("emails.customerInvitation.who"),
    ],
    quote: p.message ? { label: t("emails.common.messageFrom", { name: p.partnerName }), text: p.message } : undefined,
    action: { label: t("emails.customerInvitation.action"), url: p.invitationUrl },
    note: personalLinkNote(t, p.expiresInDays),
  };
});
