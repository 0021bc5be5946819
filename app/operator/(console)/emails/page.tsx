import Link from "next/link";
import { deadEmailRows } from "@/components/audit/dead-email-rows";
import { DeadEmailsTable } from "@/components/audit/dead-emails-table";
import { requireOperator } from "@/lib/auth/current-user";
import { listAllDeadEmails } from "@/lib/email/list-all-dead-emails";
import { DEAD_EMAILS_LIMIT } from "@/lib/email/list-dead-emails";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { retryAnyDeadEmailAction } from "./actions/retry-any-dead-email";

export const generateMetadata = titled("deadEmails.operatorTitle");

/** ENGINEERING §3 dead letters: every organization's undeliverable emails, with Retry, for operators. */
export default async function OperatorDeadEmailsPage() {
  const operator = await requireOperator();
  const t = await getT();
  const emails = await listAllDeadEmails(operator);
  return (
    <div className="max-w-7xl space-y-6">
      <Link href="/operator" className="text-sm text-brand-700 underline">
        {t("operator.title")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("deadEmails.operatorTitle")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("deadEmails.operatorIntro")}</p>
        {emails.length >= DEAD_EMAILS_LIMIT && (
          <p className="mt-1 text-sm text-slate-700">{t("deadEmails.limited", { count: DEAD_EMAILS_LIMIT })}</p>
        )}
      </div>
      <DeadEmailsTable rows={deadEmailRows(emails)} action={retryAnyDeadEmailAction} withOrganization />
    </div>
  );
}
