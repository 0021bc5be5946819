import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

export const DEFAULT_MAIL_FROM = '"Partner Center" <no-reply@partner-center.example>';

export const mailFrom = () => process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;

const globalForMail = globalThis as unknown as { partnerCenterMailTransports?: Map<string, Transporter> };

/**
 * The SMTP transport for `SMTP_URL` (e.g. smtp://127.0.0.1:1025). Timeouts are short so a
 * down or hanging server costs the worker seconds, never a request (requests only enqueue).
 */
export function getMailTransport(): Transporter {
  const url = process.env.SMTP_URL?.trim();
  if (!url) throw new Error("SMTP_URL is not set");
  globalForMail.partnerCenterMailTransports ??= new Map();
  let transport = globalForMail.partnerCenterMailTransports.get(url);
  if (!transport) {
    // Built directly: createTransport({ url, … }) would drop every option next to `url`.
    const smtp = new SMTPTransport({
      url,
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
      dnsTimeout: 5_000,
    });
    // Message parts are strings we rendered; never let nodemailer read files or fetch URLs.
    transport = nodemailer.createTransport(smtp, { disableFileAccess: true, disableUrlAccess: true });
    globalForMail.partnerCenterMailTransports.set(url, transport);
  }
  return transport;
}
