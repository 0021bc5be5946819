import type { CSSProperties } from "react";
import type { Locale } from "@/lib/i18n/locales";

/** What every email says; the layout turns it into HTML and `formatText` into plain text. */
export type EmailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  quote?: { label: string; text: string };
  action?: { label: string; url: string };
  note?: string;
};

export const PRODUCT_NAME = "Partner Center";

export const vendorName = () => process.env.VENDOR_NAME?.trim() || "Contoso Cloud";

const footers: Record<Locale, (vendor: string) => string> = {
  en: (vendor) =>
    `This message was sent by ${PRODUCT_NAME} for the ${vendor} partner program. Please do not reply to this email.`,
  de: (vendor) =>
    `Diese Nachricht wurde von ${PRODUCT_NAME} für das Partnerprogramm von ${vendor} gesendet. Bitte antworten Sie nicht auf diese E-Mail.`,
};

const linkFallback: Record<Locale, string> = {
  en: "If the button does not work, copy this link into your browser:",
  de: "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
};

const styles = {
  body: {
    margin: 0,
    padding: "24px 0",
    backgroundColor: "#f3f4f6",
    fontFamily: "Segoe UI, Helvetica, Arial, sans-serif",
    color: "#111827",
  },
  card: { maxWidth: 600, margin: "0 auto", backgroundColor: "#ffffff", borderRadius: 8, padding: 32 },
  brand: { fontSize: 14, fontWeight: 600, color: "#374151", margin: "0 0 24px" },
  heading: { fontSize: 22, fontWeight: 600, margin: "0 0 16px" },
  paragraph: { fontSize: 15, lineHeight: "22px", margin: "0 0 16px" },
  quoteLabel: { fontSize: 13, fontWeight: 600, color: "#374151", margin: "0 0 4px" },
  quote: {
    whiteSpace: "pre-wrap",
    fontSize: 15,
    lineHeight: "22px",
    margin: "0 0 16px",
    padding: "8px 16px",
    borderLeft: "4px solid #d1d5db",
    color: "#374151",
  },
  button: {
    display: "inline-block",
    backgroundColor: "#0f6cbd",
    color: "#ffffff",
    padding: "10px 20px",
    borderRadius: 4,
    textDecoration: "none",
    fontWeight: 600,
  },
  small: { fontSize: 13, lineHeight: "19px", color: "#4b5563", margin: "16px 0 0", overflowWrap: "anywhere" },
  footer: {
    fontSize: 12,
    lineHeight: "18px",
    color: "#6b7280",
    maxWidth: 600,
    margin: "16px auto 0",
    padding: "0 32px",
  },
} satisfies Record<string, CSSProperties>;

/** The shared frame of every email. React escapes every string, so props never become markup. */
export function EmailLayout({ locale, content }: { locale: Locale; content: EmailContent }) {
  const vendor = vendorName();
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- an email's own HTML document, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{content.subject}</title>
      </head>
      <body style={styles.body}>
        <div style={styles.card}>
          <p style={styles.brand}>
            {vendor} · {PRODUCT_NAME}
          </p>
          <h1 style={styles.heading}>{content.heading}</h1>
          {content.paragraphs.map((paragraph, index) => (
            <p key={index} style={styles.paragraph}>
              {paragraph}
            </p>
          ))}
          {content.quote && (
            <>
              <p style={styles.quoteLabel}>{content.quote.label}</p>
              <blockquote style={styles.quote}>{content.quote.text}</blockquote>
            </>
          )}
          {content.action && (
            <>
              <p style={styles.paragraph}>
                <a href={content.action.url} target="_blank" rel="noopener noreferrer" style={styles.button}>
                  {content.action.label}
                </a>
              </p>
              <p style={styles.small}>
                {linkFallback[locale]} {content.action.url}
              </p>
            </>
          )}
          {content.note && <p style={styles.small}>{content.note}</p>}
        </div>
        <p style={styles.footer}>{footers[locale](vendor)}</p>
      </body>
    </html>
  );
}

/** The plain-text part: the same content, line by line. */
export function formatText(locale: Locale, content: EmailContent): string {
  const blocks = [content.heading, ...content.paragraphs];
  if (content.quote) blocks.push(`${content.quote.label}\n${content.quote.text.replace(/^/gm, "> ")}`);
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  if (content.note) blocks.push(content.note);
  blocks.push(`-- \n${footers[locale](vendorName())}`);
  return `${blocks.join("\n\n")}\n`;
}
