import type { DeadEmail } from "@/lib/email/list-dead-emails";
import type { Translate } from "@/lib/i18n/translate";
import type { DeadEmailLabels, DeadEmailRow } from "./dead-emails-table";

const MAX_ERROR_CHARS = 300;

/** Rows for DeadEmailsTable, formatted on the server in the reader's language (times in UTC). */
export function deadEmailRows(
  emails: (DeadEmail & { tenant?: { name: string; primaryDomain: string } | null })[],
  t: Translate,
  locale: string,
): DeadEmailRow[] {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return emails.map((email) => ({
    id: email.id,
    to: email.toAddress,
    subject: email.subject,
    template: email.template,
    attempts: email.attempts,
    lastError:
      email.lastError && email.lastError.length > MAX_ERROR_CHARS
        ? `${email.lastError.slice(0, MAX_ERROR_CHARS - 1)}…`
        : (email.lastError ?? ""),
    when: email.updatedAt.toISOString(),
    whenText: time.format(email.updatedAt),
    organization:
      email.tenant === undefined
        ? undefined
        : email.tenant && { name: email.tenant.name, domain: email.tenant.primaryDomain },
    retryLabel: t("deadEmails.retryLabel", { to: email.toAddress }),
  }));
}

export function deadEmailLabels(t: Translate): DeadEmailLabels {
  return {
    caption: t("deadEmails.caption"),
    to: t("deadEmails.to"),
    subject: t("deadEmails.subject"),
    template: t("deadEmails.template"),
    attempts: t("deadEmails.attempts"),
    lastError: t("deadEmails.lastError"),
    when: t("deadEmails.when"),
    organization: t("deadEmails.organization"),
    platform: t("deadEmails.platform"),
    actions: t("deadEmails.actions"),
    retry: t("deadEmails.retry"),
    empty: t("deadEmails.empty"),
  };
}
