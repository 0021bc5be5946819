import type { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

/** Words several emails share. */
export const greeting = (locale: Locale, name?: string) =>
  locale === "de" ? (name ? `Hallo ${name},` : "Guten Tag,") : name ? `Hello ${name},` : "Hello,";

export const personalLinkNote = (locale: Locale, expiresInDays?: number) => {
  if (locale === "de") {
    const expiry = expiresInDays ? `Der Link ist ${expiresInDays} Tage gültig. ` : "";
    return `${expiry}Dieser Link ist persönlich; bitte leiten Sie ihn nicht weiter. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.`;
  }
  const expiry = expiresInDays ? `The link expires in ${expiresInDays} days. ` : "";
  return `${expiry}This link is personal; please do not forward it. If you did not expect this email, you can ignore it.`;
};

export const programLabels: Record<Locale, Record<Program, string>> = {
  en: {
    DIRECT_BILL: "direct-bill partner",
    INDIRECT_PROVIDER: "indirect provider",
    INDIRECT_RESELLER: "indirect reseller",
  },
  de: {
    DIRECT_BILL: "Direct-Bill-Partner",
    INDIRECT_PROVIDER: "indirekter Anbieter",
    INDIRECT_RESELLER: "indirekter Reseller",
  },
};

export const enrollmentStatusLabels: Record<Locale, Record<EnrollmentStatus, string>> = {
  en: {
    AWAITING_EMAIL_VERIFICATION: "Waiting for email verification",
    IN_REVIEW: "In review",
    APPROVED: "Approved",
    REJECTED: "Rejected",
  },
  de: {
    AWAITING_EMAIL_VERIFICATION: "Warten auf E-Mail-Bestätigung",
    IN_REVIEW: "In Prüfung",
    APPROVED: "Genehmigt",
    REJECTED: "Abgelehnt",
  },
};
