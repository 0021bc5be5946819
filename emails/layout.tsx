import type { CSSProperties } from "react";
import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { footerOf, type EmailContent } from "./plain-text";
import { vendorName } from "./vendor";

export { vendorName };

/** The app's colours (app/globals.css: the brand theme and Tailwind's slate) as hex, which every mail client reads. */
export const emailColors = {
  brand: "#1d4ed8", // --color-brand-600
  brandSoft: "#eff6ff", // --color-brand-50
  page: "#f8fafc", // slate-50, the app's background
  card: "#ffffff",
  border: "#e2e8f0", // slate-200
  text: "#0f172a", // slate-900
  muted: "#475569", // slate-600
  faint: "#64748b", // slate-500
} as const;

const font = "'Segoe UI', Helvetica, Arial, sans-serif";

const styles = {
  body: { margin: 0, padding: "24px 0", backgroundColor: emailColors.page, fontFamily: font, color: emailColors.text },
  card: {
    backgroundColor: emailColors.card,
    border: `1px solid ${emailColors.border}`,
    borderRadius: 8,
    padding: "32px",
  },
  brand: { fontSize: 14, lineHeight: "20px", fontWeight: 600, color: emailColors.brand, margin: "0 0 24px" },
  heading: { fontSize: 22, lineHeight: "28px", fontWeight: 600, color: emailColors.text, margin: "0 0 16px" },
  paragraph: { fontSize: 15, lineHeight: "22px", color: emailColors.text, margin: "0 0 16px" },
  quoteLabel: { fontSize: 13, lineHeight: "18px", fontWeight: 600, color: emailColors.muted, margin: "0 0 4px" },
  quote: {
    borderLeft: `4px solid ${emailColors.brand}`,
    backgroundColor: emailColors.brandSoft,
    padding: "4px 16px",
    margin: "0 0 16px",
  },
  quoteText: { fontSize: 15, lineHeight: "22px", color: emailColors.text, margin: "8px 0" },
  button: {
    backgroundColor: emailColors.brand,
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: 6,
    fontSize: 15,
    fontWeight: 600,
    textDecoration: "none",
  },
  small: { fontSize: 13, lineHeight: "19px", color: emailColors.muted, margin: "16px 0 0", wordBreak: "break-all" },
  link: { color: emailColors.brand, textDecoration: "underline" },
  footer: { fontSize: 12, lineHeight: "18px", color: emailColors.faint, margin: "16px 0 0", padding: "0 32px" },
} satisfies Record<string, CSSProperties>;

/** Inbox lists show ~150 characters of the preview; a longer lead sentence ends at a word with "…". */
function previewOf(lead: string, max = 150) {
  if (lead.length <= max) return lead;
  const cut = lead.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** Line breaks of a partner's message as <br>: white-space rules are ignored by some clients (Outlook). */
function Lines({ text }: { text: string }) {
  return text.split("\n").flatMap((line, index) => (index === 0 ? [line] : [<br key={index} />, line]));
}

/**
 * The one frame of every email, built from React Email's table-based components with inline styles.
 * React escapes every string, so props never become markup.
 */
export function EmailLayout({ locale, content }: { locale: Locale; content: EmailContent }) {
  const t = translator(locale);
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{content.subject}</title>
      </Head>
      <Preview>{previewOf(content.paragraphs[0])}</Preview>
      <Body style={styles.body}>
        <Container>
          <Section style={styles.card}>
            <Text style={styles.brand}>{`${vendorName()} · ${t("app.name")}`}</Text>
            <Heading as="h1" style={styles.heading}>
              {content.heading}
            </Heading>
            {content.greeting && <Text style={styles.paragraph}>{content.greeting}</Text>}
            {content.paragraphs.map((paragraph, index) => (
              <Text key={index} style={styles.paragraph}>
                {paragraph}
              </Text>
            ))}
            {content.quote && (
              <>
                <Text style={styles.quoteLabel}>{content.quote.label}</Text>
                <Section style={styles.quote}>
                  {content.quote.text.split(/\n{2,}/).map((block, index) => (
                    <Text key={index} style={styles.quoteText}>
                      <Lines text={block} />
                    </Text>
                  ))}
                </Section>
              </>
            )}
            {content.action && (
              <>
                <Button href={content.action.url} style={styles.button}>
                  {content.action.label}
                </Button>
                <Text style={styles.small}>
                  {t("emails.layout.linkFallback")}{" "}
                  <Link href={content.action.url} style={styles.link}>
                    {content.action.url}
                  </Link>
                </Text>
              </>
            )}
            {content.note && <Text style={styles.small}>{content.note}</Text>}
          </Section>
          <Text style={styles.footer}>{footerOf(locale)}</Text>
        </Container>
      </Body>
    </Html>
  );
}
