import type { Channel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { Formatter } from "@/lib/i18n/formats";
import type { SummaryTexts } from "./customer-summary";

type Role = "provider" | "reseller" | null;
export type SummaryInput = {
  id: string;
  countryCode: string;
  channel: Channel;
  since: Date;
  linkedPartner: { name: string; role: Role } | null;
  subscriptionCount: number | null;
  otherPartners: { id: string; name: string; role: Role; channel: Channel; since: Date }[];
};

const linkedKey = (role: Role) =>
  role === "provider"
    ? "customers.detail.linkedProvider"
    : role === "reseller"
      ? "customers.detail.linkedReseller"
      : "customers.detail.linkedPartner";
const roleKey = (role: Role) =>
  role === "provider"
    ? "customers.detail.roleProvider"
    : role === "reseller"
      ? "customers.detail.roleReseller"
      : "customers.detail.rolePartner";

/** Dates in the reader's time zone (next-intl's formatter) and one country-name lookup per page, not per row. */
export function summaryFormat(locale: Locale, format: Formatter) {
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  return {
    date: (value: Date) => format.dateTime(value, "date"),
    country: (code: string) => countries.of(code) ?? code,
  };
}
export type SummaryFormat = ReturnType<typeof summaryFormat>;

/** A customer's expanded view as texts in the reader's language (R10: subscriptions only for direct bill; R11: visible partners). */
export function summaryTexts(t: Translate, format: SummaryFormat, customer: SummaryInput): SummaryTexts {
  const since = (date: Date) => t("customers.detail.since", { date: format.date(date) });
  const relationship = [
    t("customers.detail.type"),
    t(`customers.channel.${customer.channel}`),
    ...(customer.linkedPartner
      ? [t(linkedKey(customer.linkedPartner.role), { name: customer.linkedPartner.name })]
      : []),
    since(customer.since),
  ].join(" · ");
  return {
    id: customer.id,
    country: `${t("customers.detail.country")}: ${format.country(customer.countryCode)}`,
    relationship,
    otherPartners: customer.otherPartners.map((partner) =>
      [partner.name, t(roleKey(partner.role)), t(`customers.channel.${partner.channel}`), since(partner.since)].join(
        " · ",
      ),
    ),
    subscriptions:
      customer.channel === "DIRECT_BILL"
        ? t("customers.detail.subscriptions", { count: customer.subscriptionCount ?? 0 })
        : null,
  };
}
