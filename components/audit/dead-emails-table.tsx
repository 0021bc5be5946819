"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FormState } from "@/lib/form-state";

export type DeadEmailRow = {
  id: string;
  to: string;
  subject: string;
  template: string;
  attempts: number;
  lastError: string;
  /** ISO time; shown in the reader's language and time zone. */
  when: string;
  /** Operator console only: the organization's name and domain, or null for a platform email. */
  organization?: { name: string; domain: string } | null;
};

type Props = {
  rows: DeadEmailRow[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
  withOrganization?: boolean;
};

/**
 * Undeliverable emails with a Retry button each. One action state for the whole table, so the
 * outcome stays visible (and is announced) after the retried row has left the list.
 */
export function DeadEmailsTable({ rows, action, withOrganization }: Props) {
  const t = useTranslations("deadEmails");
  const format = useFormatter();
  const [state, formAction] = useActionState(action, { status: "idle" } as FormState);
  const tone =
    state.status === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900";
  return (
    <div className="space-y-3">
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <div role="status" aria-atomic="true">
        {state.message && <p className={`rounded-md border px-4 py-3 text-sm ${tone}`}>{state.message}</p>}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <div
          role="region"
          aria-label={t("caption")}
          tabIndex={0}
          className="rounded-lg focus:outline-2 focus:outline-brand-700"
        >
          <Table caption={t("caption")}>
            <TableHead>
              {withOrganization && <TableHeader>{t("organization")}</TableHeader>}
              <TableHeader>{t("to")}</TableHeader>
              <TableHeader>{t("subject")}</TableHeader>
              <TableHeader>{t("template")}</TableHeader>
              <TableHeader className="text-right">{t("attempts")}</TableHeader>
              <TableHeader>{t("lastError")}</TableHeader>
              <TableHeader className="whitespace-nowrap">{t("when")}</TableHeader>
              <TableHeader>{t("actions")}</TableHeader>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  {withOrganization && (
                    <TableCell label={t("organization")}>
                      {row.organization ? (
                        <span>
                          {row.organization.name}
                          <span className="block text-xs text-slate-600">{row.organization.domain}</span>
                        </span>
                      ) : (
                        <span className="text-slate-600">{t("platform")}</span>
                      )}
                    </TableCell>
                  )}
                  <TableCell rowHeader label={t("to")} className="font-normal [overflow-wrap:anywhere] md:min-w-40">
                    {row.to}
                  </TableCell>
                  <TableCell label={t("subject")} className="md:min-w-48">
                    {row.subject}
                  </TableCell>
                  <TableCell label={t("template")} className="font-mono text-xs">
                    {row.template}
                  </TableCell>
                  <TableCell label={t("attempts")} className="md:text-right">
                    {row.attempts}
                  </TableCell>
                  <TableCell label={t("lastError")} className="font-mono text-xs [overflow-wrap:anywhere] md:min-w-56">
                    {row.lastError || "—"}
                  </TableCell>
                  <TableCell label={t("when")} className="whitespace-nowrap">
                    <time dateTime={row.when}>{format.dateTime(new Date(row.when), "dateTime")}</time>
                  </TableCell>
                  <TableCell label={t("actions")}>
                    <form action={formAction}>
                      <input type="hidden" name="emailId" value={row.id} />
                      <SubmitButton variant="secondary" size="sm" aria-label={t("retryLabel", { to: row.to })}>
                        {t("retry")}
                      </SubmitButton>
                    </form>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
