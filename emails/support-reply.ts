import { defineEmail } from "./define-email";
import { greeting } from "./phrases";
import { vendorName } from "./vendor";

export type SupportReplyProps = { recipientName?: string; requestSubject: string; reply: string; requestUrl: string };

export const supportReply = defineEmail<SupportReplyProps>((t, p) => ({
  subject: t("emails.supportReply.subject", { request: p.requestSubject }),
  heading: t("emails.supportReply.heading"),
  greeting: greeting(t, p.recipientName),
  paragraphs: [t("emails.supportReply.body", { vendor: vendorName(), request: p.requestSubject })],
  quote: { label: t("emails.supportReply.reply"), text: p.reply },
  action: { label: t("emails.supportReply.action"), url: p.requestUrl },
}));
