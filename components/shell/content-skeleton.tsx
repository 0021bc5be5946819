import { getT } from "@/lib/i18n/server";

/**
 * The placeholder a route group's loading.tsx shows while a page's data loads: a heading, a line of
 * text and a list's rows in grey. Screen readers hear "Loading…" once; the shapes are decoration.
 */
export async function ContentSkeleton() {
  const t = await getT();
  return (
    <div role="status" aria-busy="true" className="max-w-5xl space-y-6">
      <span className="sr-only">{t("shell.loading")}</span>
      <div aria-hidden="true" className="animate-pulse space-y-6">
        <div className="h-8 w-2/3 max-w-sm rounded bg-slate-200" />
        <div className="h-4 w-full max-w-xl rounded bg-slate-200" />
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          {[0, 1, 2, 3, 4].map((row) => (
            <div key={row} className="h-5 rounded bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
