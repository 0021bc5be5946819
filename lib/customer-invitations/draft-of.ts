import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { buildCustomerDraft } from "./build-customer-draft";
import type { InvitationDraft } from "./invitation-form-state";
import type { SavedCustomerInvitation } from "./save-customer-invitation";

/** The draft the page shows for a just-created invitation; dates in the page's language, the text in the email's. */
export function draftOf(created: SavedCustomerInvitation, senderName: string, pageLocale: Locale): InvitationDraft {
  const { subject, text } = buildCustomerDraft({
    locale: created.locale,
    partnerName: created.partnerName,
    providerName: created.providerName,
    senderName,
    url: created.url,
  });
  return {
    invitationId: created.invitationId,
    token: created.token,
    url: created.url,
    email: created.email,
    subject,
    text,
    expiresOn: new Intl.DateTimeFormat(pageLocale, { dateStyle: "long", timeStyle: "short" }).format(created.expiresAt),
  };
}
