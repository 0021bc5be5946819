import { getFormatter } from "next-intl/server";
import { UserPlus } from "lucide-react";
import Link from "next/link";
import { streamedPage } from "@/components/shell/streamed-page";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { searchText } from "@/lib/text";
import { listUsers } from "@/lib/users/list-users";

export const generateMetadata = titled("users.title");

type Search = { q?: string; page?: string };

async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("users-view");
  const params = await searchParams;
  const t = await getT();
  const format = await getFormatter();
  const q = searchText(params.q);
  const { users, total, page, pageCount } = await listUsers(user, { search: q, page: params.page });

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("users.intro")}</p>
        </div>
        {can(user, "users-manage") && (
          <Button asChild>
            <Link href="/settings/users/new">
              <UserPlus aria-hidden="true" />
              {t("users.add")}
            </Link>
          </Button>
        )}
      </div>
      <SearchForm id="user-search" label={t("users.search")} button={t("users.searchButton")} defaultValue={q} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("users.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p>{t("users.none")}</p>
      ) : (
        <Table caption={t("users.title")}>
          <TableHead>
            <TableHeader>{t("users.name")}</TableHeader>
            <TableHeader>{t("users.email")}</TableHeader>
            <TableHeader>{t("users.agentRole")}</TableHeader>
            <TableHeader>{t("users.adminRole")}</TableHeader>
            <TableHeader>{t("users.statusLabel")}</TableHeader>
            <TableHeader>{t("users.lastSignIn")}</TableHeader>
          </TableHead>
          <TableBody>
            {users.map((row) => {
              const status = row.status === "DISABLED" ? "DISABLED" : row.mustChangePassword ? "MUST_CHANGE" : "ACTIVE";
              return (
                <TableRow key={row.id} clickable>
                  <TableCell rowHeader label={t("users.name")}>
                    <RowLink href={`/settings/users/${row.id}`}>{row.name}</RowLink>
                    {row.id === user.userId && <span className="ml-1 text-slate-600">{t("users.you")}</span>}
                  </TableCell>
                  <TableCell label={t("users.email")} className="break-all">
                    {row.email}
                  </TableCell>
                  <TableCell label={t("users.agentRole")}>{t(`role.${row.agentRole}`)}</TableCell>
                  <TableCell label={t("users.adminRole")}>{t(`role.${row.adminRole}`)}</TableCell>
                  <TableCell label={t("users.statusLabel")}>
                    <StatusBadge kind="user" status={status}>
                      {t(`users.status.${status}`)}
                    </StatusBadge>
                  </TableCell>
                  <TableCell label={t("users.lastSignIn")}>
                    {row.lastSignInAt ? format.dateTime(row.lastSignInAt, "dateTime") : t("users.never")}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Pager t={t} basePath="/settings/users" params={q ? { q } : {}} page={page} pageCount={pageCount} />
    </div>
  );
}

export default streamedPage(() => requirePermission("users-view"), UsersPage);
