// The Customers page's list options, read from the URL's search params. Every value is checked
// against a fixed set (or the uuid form); anything unknown falls back to the default, so a
// hand-edited or stale link still shows a list, never an error.
import { isUuid, pageNumber, searchText } from "@/lib/text";

export const CUSTOMERS_PAGE_SIZE = 25;
/** 100,000 customers at 25 a page; a larger number is clamped. */
export const CUSTOMERS_MAX_PAGE = 4_000;

export const CUSTOMER_SORTS = ["name", "name-desc", "newest", "oldest"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** URL values of the channel filter (R10: acquired as a direct-bill partner, or in the two-tier model). */
export const CHANNEL_FILTERS = { "direct-bill": "DIRECT_BILL", indirect: "INDIRECT" } as const;
export type ChannelFilter = keyof typeof CHANNEL_FILTERS;

export type CustomerFilter = {
  q: string;
  channel: ChannelFilter | null;
  /** An indirect reseller's provider (the linked partner of its indirect relationships); checked against the partner's own list later. */
  unverifiedProviderId: string | null;
  /** An indirect provider's reseller (the linked partner of its rows); checked against the partner's own list later. */
  unverifiedResellerId: string | null;
  sort: CustomerSort;
  page: number;
};

export const DEFAULT_CUSTOMER_FILTER: CustomerFilter = {
  q: "",
  channel: null,
  unverifiedProviderId: null,
  unverifiedResellerId: null,
  sort: "name",
  page: 1,
};

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The list options from a page's search params; unknown values become defaults. */
export function parseCustomerFilter(params: Record<string, string | string[] | undefined>): CustomerFilter {
  const provider = one(params.provider);
  const reseller = one(params.reseller);
  return {
    q: searchText(one(params.q)),
    channel: oneOf(Object.keys(CHANNEL_FILTERS) as ChannelFilter[], one(params.channel)),
    unverifiedProviderId: isUuid(provider) ? provider.toLowerCase() : null,
    unverifiedResellerId: isUuid(reseller) ? reseller.toLowerCase() : null,
    sort: oneOf(CUSTOMER_SORTS, one(params.sort)) ?? "name",
    page: Math.min(pageNumber(one(params.page)), CUSTOMERS_MAX_PAGE),
  };
}

/** The filter as search params for links (pager, "clear"): defaults are left out, the page only when asked. */
export function customerFilterParams(
  filter: CustomerFilter,
  options: { withPage?: boolean } = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.q) params.q = filter.q;
  if (filter.channel) params.channel = filter.channel;
  if (filter.unverifiedProviderId) params.provider = filter.unverifiedProviderId;
  if (filter.unverifiedResellerId) params.reseller = filter.unverifiedResellerId;
  if (filter.sort !== "name") params.sort = filter.sort;
  if (options.withPage && filter.page > 1) params.page = String(filter.page);
  return params;
}
