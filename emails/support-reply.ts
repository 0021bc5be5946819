import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { greeting } from "./phrases";

export type SupportReplyProps = { recipientName?: string; requestSubject: string; reply: string; requestUrl: string };

export const supportReply = defineEmail<SupportReplyProps>({
  en: (p) => ({
    subject: `Reply to your support request: ${p.requestSubject}`,
    heading: "Your support request has a reply",
    paragraphs: [
      greeting("en", p.recipientName),
      `${vendorName()} support replied to your request “${p.requestSubject}”.`,
    ],
    quote: { label: "Reply", text: p.reply },
    action: { label: "View the request", url: p.requestUrl },
  }),
  de: (p) => ({
    subject: `Antwort auf Ihre Supportanfrage: ${p.requestSubject}`,
    heading: "Ihre Supportanfrage wurde beantwortet",
    paragraphs: [
      greeting("de", p.recipientName),
      `Der Support von ${vendorName()} hat auf Ihre Anfrage „${p.requestSubject}“ geantwortet.`,
    ],
    quote: { label: "Antwort", text: p.reply },
    action: { label: "Anfrage anzeigen", url: p.requestUrl },
  }),
});
