import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  CHANNEL_FILTERS,
  CUSTOMER_SORTS,
  type ChannelFilter,
  type CustomerFilter,
} from "@/lib/customers/customer-filter";
import type { LinkedPartner } from "@/lib/customers/list-linked-partners";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The Customers page's search, filters and sort as a GET form: everything lives in the URL, so a
 * list can be bookmarked, shared and paged. The provider filter shows for a partner that has
 * indirect providers, the reseller filter for one that has indirect resellers.
 */
export function CustomerFilterForm({
  t,
  filter,
  providers,
  resellers,
  filtered,
}: {
  t: Translate;
  filter: CustomerFilter;
  providers: LinkedPartner[];
  resellers: LinkedPartner[];
  filtered: boolean;
}) {
  const partnerOptions = (partners: LinkedPartner[]) =>
    partners.map((partner) => ({
      value: partner.id,
      label: partner.active ? partner.name : t("customers.filter.ended", { name: partner.name }),
    }));
  return (
    <form
      method="get"
      role="search"
      aria-label={t("customers.filter.label")}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-4">
        <TextField
          label={t("customers.filter.search")}
          name="q"
          type="search"
          maxLength={100}
          defaultValue={filter.q}
          autoComplete="off"
        />
        <SelectField
          label={t("customers.filter.channel")}
          name="channel"
          defaultValue={filter.channel ?? ""}
          options={[
            { value: "", label: t("customers.filter.anyChannel") },
            ...(Object.keys(CHANNEL_FILTERS) as ChannelFilter[]).map((channel) => ({
              value: channel,
              label: t(`customers.channel.${channel}`),
            })),
          ]}
        />
        {providers.length > 0 && (
          <SelectField
            label={t("customers.filter.provider")}
            name="provider"
            defaultValue={filter.unverifiedProviderId ?? ""}
            options={[{ value: "", label: t("customers.filter.anyProvider") }, ...partnerOptions(providers)]}
          />
        )}
        {resellers.length > 0 && (
          <SelectField
            label={t("customers.filter.reseller")}
            name="reseller"
            defaultValue={filter.unverifiedResellerId ?? ""}
            options={[{ value: "", label: t("customers.filter.anyReseller") }, ...partnerOptions(resellers)]}
          />
        )}
        <SelectField
          label={t("customers.filter.sort")}
          name="sort"
          defaultValue={filter.sort}
          options={CUSTOMER_SORTS.map((sort) => ({ value: sort, label: t(`customers.sort.${sort}`) }))}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("customers.filter.apply")}</Button>
        {filtered && (
          <Link href="/customers" className="text-sm text-brand-700 underline">
            {t("customers.filter.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
