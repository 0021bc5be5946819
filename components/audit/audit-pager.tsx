import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Translate } from "@/lib/i18n/translate";

type Props = {
  t: Translate;
  basePath: string;
  filterParams: URLSearchParams;
  previousCursor: string | null;
  nextCursor: string | null;
};

/** Previous/Next links that keep the filter; the cursor says where the page starts or ends. */
export function AuditPager({ t, basePath, filterParams, previousCursor, nextCursor }: Props) {
  if (!previousCursor && !nextCursor) return null;
  const href = (key: "after" | "before", cursor: string) => {
    const params = new URLSearchParams(filterParams);
    params.set(key, cursor);
    return `${basePath}?${params}`;
  };
  const link = buttonVariants({ variant: "secondary", size: "sm" });
  const disabled = cn(link, "border-slate-200 text-slate-500 hover:bg-white");
  return (
    <nav aria-label={t("audit.pager.label")} className="flex items-center gap-3 text-sm">
      {previousCursor ? (
        <Link href={href("before", previousCursor)} rel="prev" className={link}>
          {t("audit.pager.previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {t("audit.pager.previous")}
        </span>
      )}
      {nextCursor ? (
        <Link href={href("after", nextCursor)} rel="next" className={link}>
          {t("audit.pager.next")}
        </Link>
      ) : (
        <span aria-disabled="true" className={disabled}>
          {t("audit.pager.next")}
        </span>
      )}
    </nav>
  );
}
