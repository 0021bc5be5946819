import { cellClass, TableShell } from "@/components/ui/table-shell";
import type { Translate } from "@/lib/i18n/translate";
import type { listCustomerPartners } from "@/lib/partners/list-customer-partners";

type Row = Awaited<ReturnType<typeof listCustomerPartners>>[number];

/** A customer's Overview: every partner it works with (R11: several at once), channel, its role (a reseller names its provider) and since when. */
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
    <section aria-labelledby="partners" className="space-y-2">
      <h2 id="partners" className="text-lg font-semibold">
        {t("overview.customerPartners")}
      </h2>
      {partners.length === 0 ? (
        <p className="text-sm text-slate-700">{t("overview.customerNoPartners")}</p>
      ) : (
        <TableShell
          caption={t("overview.customerPartners")}
          headers={[
            t("invites.accept.partners.partner"),
            t("invites.accept.partners.channelColumn"),
            t("invites.accept.partners.roleColumn"),
            t("invites.accept.partners.since"),
          ]}
        >
          {partners.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <td className={cellClass}>
                <span className="font-medium">{row.partnerName}</span>{" "}
                <span className="text-slate-600">({row.pnId})</span>
              </td>
              <td className={cellClass}>{t(`invites.accept.partners.channel.${row.channel}`)}</td>
              <td className={cellClass}>
                {t(`invites.accept.partners.role.${row.pairRole ?? "SINGLE"}`, {
                  provider: row.linkedPartnerName ?? "",
                })}
              </td>
              <td className={cellClass}>{date(row.startedAt)}</td>
            </tr>
          ))}
        </TableShell>
      )}
    </section>
  );
}
