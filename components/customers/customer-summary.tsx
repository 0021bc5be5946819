// What an expanded customer (and its detail page) shows — country, this partner's relationship
// (type, channel, linked provider/reseller, since), the other partners visible to it (R11) and the
// R10 actions: Add products / View products and the subscription count for a direct-bill
// relationship, an explanation instead for an indirect one. Presentational only (ready-made
// texts, its headings from useTranslations), so the server-rendered detail page and the client-side
// list share it.
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";

/** One customer's texts, formatted on the server in the reader's language. */
export type SummaryTexts = {
  id: string;
  country: string;
  relationship: string;
  otherPartners: string[];
  /** "Subscriptions: n" for a direct-bill relationship (R10); null for an indirect one. */
  subscriptions: string | null;
};

/** `canManage` (P-customers-manage): whether Add products shows. */
export function CustomerSummary({ canManage, summary }: { canManage: boolean; summary: SummaryTexts }) {
  const t = useTranslations("customers");
  const heading = "mb-1 font-semibold";
  return (
    <div className="grid gap-4 py-2 text-sm md:grid-cols-3">
      <div>
        <h2 className={heading}>{t("detail.relationships")}</h2>
        <p>{summary.country}</p>
        <p data-testid="relationship">{summary.relationship}</p>
      </div>
      <div>
        <h2 className={heading}>{t("detail.otherPartners")}</h2>
        {summary.otherPartners.length === 0 ? (
          <p>{t("detail.noOtherPartners")}</p>
        ) : (
          <ul data-testid="other-partners">
            {summary.otherPartners.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h2 className={heading}>{t("detail.products")}</h2>
        {summary.subscriptions === null ? (
          <p>{t("detail.indirectNote")}</p>
        ) : (
          <>
            <p data-testid="subscription-count">{summary.subscriptions}</p>
            <p className="mt-2 flex flex-wrap gap-3">
              {canManage && (
                <a href={`/customers/${summary.id}/products/add`} className={buttonVariants({ size: "sm" })}>
                  {t("products.add")}
                </a>
              )}
              <a
                href={`/customers/${summary.id}/products`}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
              >
                {t("products.view")}
              </a>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
