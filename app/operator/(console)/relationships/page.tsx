import { getFormatter } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/ui/select-field";
import { Pager } from "@/components/ui/pager";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { requireOperator } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import {
  listProviderResellerRelationships,
  parseRelationshipFilter,
} from "@/lib/operator/list-provider-reseller-relationships";

export const metadata: Metadata = { title: "Provider–reseller relationships" };

type Search = Record<string, string | string[] | undefined>;

/** Operator console → Relationships (R15): every provider–reseller relationship, searched by either partner's name or PN ID, filtered by status. */
export default async function OperatorRelationshipsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const operator = await requireOperator();
  const t = await getT();
  const format = await getFormatter();
  const filter = parseRelationshipFilter(await searchParams);
  const { relationships, total, page, pageCount } = await listProviderResellerRelationships(operator, filter);
  const params: Record<string, string> = {
    status: filter.status ?? "ALL",
    ...(filter.search ? { q: filter.search } : {}),
  };
  return (
    <div className="max-w-6xl space-y-6">
      <Link href="/operator" className="text-sm text-brand-700 underline">
        {t("operator.title")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("relationships.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("relationships.intro")}</p>
      </div>
      <form
        role="search"
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="relationship-search" className="block text-sm font-medium text-slate-800">
            {t("relationships.search")}
          </label>
          <input
            id="relationship-search"
            name="q"
            type="search"
            defaultValue={filter.search}
            maxLength={100}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          />
        </div>
        <SelectField
          label={t("relationships.filterStatus")}
          name="status"
          defaultValue={filter.status ?? "ALL"}
          options={[
            { value: "ACTIVE", label: t("providers.status.ACTIVE") },
            { value: "ENDED", label: t("providers.status.ENDED") },
            { value: "ALL", label: t("relationships.allStatuses") },
          ]}
        />
        <button
          type="submit"
          className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
        >
          {t("relationships.apply")}
        </button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("relationships.count", { count: total })}
      </p>
      {relationships.length === 0 ? (
        <p>{t("relationships.none")}</p>
      ) : (
        <TableShell
          caption={t("relationships.title")}
          headers={[
            t("relationships.pair"),
            t("relationships.provider"),
            t("relationships.reseller"),
            t("providers.since"),
            t("relationships.status"),
          ]}
        >
          {relationships.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/operator/relationships/${row.id}`} className="text-brand-700 underline">
                  {t("relationships.pairLabel", { provider: row.provider.legalName, reseller: row.reseller.legalName })}
                </Link>
              </th>
              <td className={cell}>{row.provider.pnId}</td>
              <td className={cell}>{row.reseller.pnId}</td>
              <td className={cell}>{format.dateTime(row.startedAt, "date")}</td>
              <td className={cell}>
                {row.status === "ACTIVE"
                  ? t("providers.status.ACTIVE")
                  : t("providers.endedOn", { date: format.dateTime(row.endedAt ?? row.startedAt, "date") })}
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager t={t} basePath="/operator/relationships" params={params} page={page} pageCount={pageCount} />
    </div>
  );
}
