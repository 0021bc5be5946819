import type { Program } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";

/** Pieces several emails share, from the message catalog (emails.common.*). */
export const greeting = (t: Translate, name?: string) =>
  name ? t("emails.common.greetingNamed", { name }) : t("emails.common.greeting");

export const personalLinkNote = (t: Translate, expiresInDays?: number) =>
  [expiresInDays ? t("emails.common.linkExpiry", { days: expiresInDays }) : "", t("emails.common.personalLink")]
    .filter(Boolean)
    .join(" ");

/** The program's name inside a sentence ("as indirect reseller"). */
export const programName = (t: Translate, program: Program) => t("emails.common.program", { program });
