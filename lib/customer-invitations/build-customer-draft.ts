import "server-only";
import { customerInvitation } from "@/emails/customer-invitation";
import { vendorName } from "@/emails/layout";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The draft the page shows after creating a customer invitation: the subject the email will
 * have and a default text in the email's language (not the page's), which the partner may edit.
 * The personalized link is never part of the editable text: Send, Copy and the mail app add it.
 */
export function buildCustomerDraft(input: {
  locale: Locale;
  partnerName: string;
  providerName: string | null;
  senderName: string;
  url: string;
}) {
  const t = translator(input.locale);
  const vars = {
    partner: input.partnerName,
    provider: input.providerName ?? "",
    vendor: vendorName(),
    sender: input.senderName,
  };
  const subject = customerInvitation.subject(input.locale, {
    partnerName: input.partnerName,
    providerName: input.providerName ?? undefined,
    invitationUrl: input.url,
  });
  const text = t(input.providerName ? "invites.draft.defaultText.joint" : "invites.draft.defaultText.request", vars);
  return { subject, text };
}
