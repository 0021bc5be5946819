import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/** For a page with two lists: `param` names the page parameter (default "page"), `label` the navigation landmark. */
type Props = {
  t: Translate;
  basePath: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
  param?: string;
  label?: string;
};

/** Previous / "Page n of m" / Next for any list; the links keep the filter. */
export function Pager({ t, basePath, params, page, pageCount, param = "page", label }: Props) {
  if (pageCount <= 1) return null;
  const href = (target: number) => `${basePath}?${new URLSearchParams({ ...params, [param]: String(target) })}`;
  const link = "rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";
  return (
    <nav aria-label={label ?? t("common.pages")} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={link}>
          {t("common.previous")}
        </Link>
      )}
      <span>{t("common.pageOf", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={link}>
          {t("common.next")}
        </Link>
      )}
    </nav>
  );
}
