import { PageHeader } from "@/components/ui/page-header";
import { ArrowLeft } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { streamedPage } from "@/components/shell/streamed-page";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import {
  listProviderResellerRelationships,
  parseRelationshipFilter,
} from "@/lib/operator/list-provider-reseller-relationships";

export const generateMetadata = titled("relationships.title");

type Search = Record<string, string | string[] | undefined>;

/** Operator console → Relationships (R15): every provider–reseller relationship, searched by either partner's name or PN ID, filtered by status. */
async function OperatorRelationshipsPage({ searchParams }: { searchParams: Promise<Search> }) {
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
      <Link href="/operator" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("operator.title")}
      </Link>
      <PageHeader title={t("relationships.title")} intro={t("relationships.intro")} />
      <form
        role="search"
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <TextField
          id="relationship-search"
          label={t("relationships.search")}
          name="q"
          type="search"
          defaultValue={filter.search}
          maxLength={100}
          className="min-w-64 flex-1"
        />
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
        <Button type="submit" variant="secondary">
          {t("relationships.apply")}
        </Button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("relationships.count", { count: total })}
      </p>
      {relationships.length === 0 ? (
        <p>{t("relationships.none")}</p>
      ) : (
        <Table caption={t("relationships.title")}>
          <TableHead>
            <TableHeader>{t("relationships.pair")}</TableHeader>
            <TableHeader>{t("relationships.provider")}</TableHeader>
            <TableHeader>{t("relationships.reseller")}</TableHeader>
            <TableHeader>{t("providers.since")}</TableHeader>
            <TableHeader>{t("relationships.status")}</TableHeader>
          </TableHead>
          <TableBody>
            {relationships.map((row) => (
              <TableRow key={row.id} clickable>
                <TableCell rowHeader label={t("relationships.pair")}>
                  <RowLink href={`/operator/relationships/${row.id}`}>
                    {t("relationships.pairLabel", {
                      provider: row.provider.legalName,
                      reseller: row.reseller.legalName,
                    })}
                  </RowLink>
                </TableCell>
                <TableCell label={t("relationships.provider")}>{row.provider.pnId}</TableCell>
                <TableCell label={t("relationships.reseller")}>{row.reseller.pnId}</TableCell>
                <TableCell label={t("providers.since")}>{format.dateTime(row.startedAt, "date")}</TableCell>
                <TableCell label={t("relationships.status")}>
                  <StatusBadge kind="relationship" status={row.status}>
                    {row.status === "ACTIVE"
                      ? t("providers.status.ACTIVE")
                      : t("providers.endedOn", { date: format.dateTime(row.endedAt ?? row.startedAt, "date") })}
                  </StatusBadge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager t={t} basePath="/operator/relationships" params={params} page={page} pageCount={pageCount} />
    </div>
  );
}

export default streamedPage(() => requireOperator(), OperatorRelationshipsPage);
