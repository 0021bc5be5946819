"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

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
  const cell = "px-4 py-2 align-top";
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
          aria-labelledby="dead-emails-caption"
          tabIndex={0}
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700"
        >
          <table className="w-full text-left text-sm">
            <caption id="dead-emails-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                {withOrganization && (
                  <th scope="col" className={cell}>
                    {t("organization")}
                  </th>
                )}
                <th scope="col" className={cell}>
                  {t("to")}
                </th>
                <th scope="col" className={cell}>
                  {t("subject")}
                </th>
                <th scope="col" className={cell}>
                  {t("template")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("attempts")}
                </th>
                <th scope="col" className={cell}>
                  {t("lastError")}
                </th>
                <th scope="col" className={`${cell} whitespace-nowrap`}>
                  {t("when")}
                </th>
                <th scope="col" className={cell}>
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  {withOrganization && (
                    <td className={cell}>
                      {row.organization ? (
                        <>
                          {row.organization.name}
                          <span className="block text-xs text-slate-600">{row.organization.domain}</span>
                        </>
                      ) : (
                        <span className="text-slate-600">{t("platform")}</span>
                      )}
                    </td>
                  )}
                  <th scope="row" className={`${cell} min-w-40 font-normal [overflow-wrap:anywhere]`}>
                    {row.to}
                  </th>
                  <td className={`${cell} min-w-48`}>{row.subject}</td>
                  <td className={`${cell} font-mono text-xs`}>{row.template}</td>
                  <td className={`${cell} text-right`}>{row.attempts}</td>
                  <td className={`${cell} min-w-56 font-mono text-xs [overflow-wrap:anywhere]`}>
                    {row.lastError || "—"}
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <time dateTime={row.when}>{format.dateTime(new Date(row.when), "dateTime")}</time>
                  </td>
                  <td className={cell}>
                    <form action={formAction}>
                      <input type="hidden" name="emailId" value={row.id} />
                      <SubmitButton variant="secondary" aria-label={t("retryLabel", { to: row.to })}>
                        {t("retry")}
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
