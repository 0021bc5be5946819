import type { DeadEmail } from "@/lib/email/list-dead-emails";
import type { DeadEmailRow } from "./dead-emails-table";

const MAX_ERROR_CHARS = 300;

/** Rows for DeadEmailsTable: plain data, long errors cut (the table formats the time in the reader's zone). */
export function deadEmailRows(
  emails: (DeadEmail & { tenant?: { name: string; primaryDomain: string } | null })[],
): DeadEmailRow[] {
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
    organization:
      email.tenant === undefined
        ? undefined
        : email.tenant && { name: email.tenant.name, domain: email.tenant.primaryDomain },
  }));
}
