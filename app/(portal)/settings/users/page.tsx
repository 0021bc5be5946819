import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
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
  const { users, total, page, pageCount } = await listUsers(user, { search: q, page: Number(params.page) });
  const pageHref = (target: number) => `/settings/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }); // one formatter per page, not per row
  const cell = "px-4 py-2";

  return (
    <div className="max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{t("users.intro")}</p>
        </div>
        {can(user, "users-manage") && (
          <Link href="/settings/users/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            {t("users.add")}
          </Link>
        )}
      </div>
      {params.removed && <Alert tone="success">{t("users.removed")}</Alert>}
      <form role="search" method="get" className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor="user-search" className="block text-sm font-medium">
            {t("users.search")}
          </label>
          <input id="user-search" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
          {t("users.searchButton")}
        </button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("users.count", { count: total })}
      </p>
      {users.length === 0 ? (
        <p>{t("users.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("users.title")}</caption>
            <thead className="bg-slate-100">
              <tr>
                {["users.name", "users.email", "users.agentRole", "users.adminRole", "users.status", "users.lastSignIn"].map((key) => (
                  <th key={key} scope="col" className={cell}>
                    {t(key as Parameters<typeof t>[0])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
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
                  <td className={cell}>{t(row.status === "DISABLED" ? "users.status.DISABLED" : row.mustChangePassword ? "users.status.MUST_CHANGE" : "users.status.ACTIVE")}</td>
                  <td className={cell}>{row.lastSignInAt ? dateTime.format(row.lastSignInAt) : t("users.never")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label={t("users.pageOf", { page, pages: pageCount })} className="flex items-center gap-4 text-sm">
          {page > 1 && <Link href={pageHref(page - 1)} className="underline">{t("users.previous")}</Link>}
          <span>{t("users.pageOf", { page, pages: pageCount })}</span>
          {page < pageCount && <Link href={pageHref(page + 1)} className="underline">{t("users.next")}</Link>}
        </nav>
      )}
    </div>
  );
}
