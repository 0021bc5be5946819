import type { Translate } from "@/lib/i18n/translate";
import type { listCustomerPartners } from "@/lib/partners/list-customer-partners";

type Row = Awaited<ReturnType<typeof listCustomerPartners>>[number];

/**
 * A customer's Overview: every partner it works with (R11: several at once) — channel, its role (a
 * reseller names its provider), since when — and how to reach its support (email, phone, website
 * from the partner's profile).
 */
export function CustomerPartners({
  t,
  date,
  partners,
}: {
  t: Translate;
  date: (value: Date) => string;
  partners: Row[];
}) {
  return (
    <section aria-labelledby="partners" className="space-y-3">
      <h2 id="partners" className="text-lg font-semibold">
        {t("overview.customerPartners")}
      </h2>
      {partners.length === 0 ? (
        <p className="text-sm text-slate-700">{t("overview.customerNoPartners")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("overview.customerPartnersIntro")}</p>
          <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {partners.map((row) => (
              <li
                key={row.id}
                className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
                data-testid="customer-partner"
              >
                <div>
                  <h3 className="font-semibold">
                    {row.partnerName} <span className="font-normal text-slate-600">({row.pnId})</span>
                  </h3>
                  <p className="text-sm text-slate-700">
                    {t(`invites.accept.partners.role.${row.pairRole ?? "SINGLE"}`, {
                      provider: row.linkedPartnerName ?? "",
                    })}
                    {" · "}
                    {t(`invites.accept.partners.channel.${row.channel}`)}
                    {" · "}
                    {t("invites.accept.partners.since")} {date(row.startedAt)}
                  </p>
                </div>
                <h4 className="text-xs font-semibold text-slate-600 uppercase">{t("overview.partnerSupport")}</h4>
                <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">{t("overview.partnerSupportEmail")}</dt>
                  <dd className="break-all">
                    <a href={`mailto:${row.support.email}`} className="text-brand-700 underline">
                      {row.support.email}
                    </a>
                  </dd>
                  {row.support.phone && (
                    <>
                      <dt className="text-slate-600">{t("overview.partnerSupportPhone")}</dt>
                      <dd>
                        <a
                          href={`tel:${row.support.phone.replace(/[^+\d]/g, "")}`}
                          className="text-brand-700 underline"
                        >
                          {row.support.phone}
                        </a>
                      </dd>
                    </>
                  )}
                  {row.support.website && (
                    <>
                      <dt className="text-slate-600">{t("overview.partnerSupportWebsite")}</dt>
                      <dd className="break-all">
                        {/^https?:\/\//i.test(row.support.website) ? (
                          <a href={row.support.website} className="text-brand-700 underline" rel="noopener noreferrer">
                            {row.support.website}
                          </a>
                        ) : (
                          row.support.website
                        )}
                      </dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
