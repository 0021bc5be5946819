import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { SearchForm } from "@/components/ui/search-form";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { searchText } from "@/lib/text";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "User management" };

type Search = { q?: string; page?: string; removed?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("users-view");
  const params = await searchParams;
  const [t, locale] = [await getT(), await getLocale()];
  const q = searchText(params.q);
  const { users, total, page, pageCount } = await listUsers(user, { search: q, page: params.page });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }); // one formatter per page, not per row

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("users.intro")}</p>
        </div>
        {can(user, "users-manage") && (
          <Link
            href="/settings/users/new"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            {t("users.add")}
          </Link>
        )}
      </div>
      {params.removed && <Alert tone="success">{t("users.removed")}</Alert>}
      <SearchForm id="user-search" label={t("users.search")} button={t("users.searchButton")} defaultValue={q} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("users.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p>{t("users.none")}</p>
      ) : (
        <TableShell
          caption={t("users.title")}
          headers={[
            t("users.name"),
            t("users.email"),
            t("users.agentRole"),
            t("users.adminRole"),
            t("users.statusLabel"),
            t("users.lastSignIn"),
          ]}
        >
          {users.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                <Link href={`/settings/users/${row.id}`} className="text-brand-700 underline">
                  {row.name}
                </Link>
                {row.id === user.userId && <span className="ml-1 text-slate-600">{t("users.you")}</span>}
              </th>
              <td className={cell}>{row.email}</td>
              <td className={cell}>{t(`role.${row.agentRole}`)}</td>
              <td className={cell}>{t(`role.${row.adminRole}`)}</td>
              <td className={cell}>
                {t(
                  row.status === "DISABLED"
                    ? "users.status.DISABLED"
                    : row.mustChangePassword
                      ? "users.status.MUST_CHANGE"
                      : "users.status.ACTIVE",
                )}
              </td>
              <td className={cell}>{row.lastSignInAt ? dateTime.format(row.lastSignInAt) : t("users.never")}</td>
            </tr>
          ))}
        </TableShell>
      )}
      <Pager t={t} basePath="/settings/users" params={q ? { q } : {}} page={page} pageCount={pageCount} />
    </div>
  );
}
