import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { Button } from "./button";

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
  return (
    <nav aria-label={label ?? t("common.pages")} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Button asChild variant="secondary" size="sm">
          <Link href={href(page - 1)} rel="prev">
            <ChevronLeft aria-hidden="true" />
            {t("common.previous")}
          </Link>
        </Button>
      )}
      <span>{t("common.pageOf", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Button asChild variant="secondary" size="sm">
          <Link href={href(page + 1)} rel="next">
            {t("common.next")}
            <ChevronRight aria-hidden="true" />
          </Link>
        </Button>
      )}
    </nav>
  );
}
