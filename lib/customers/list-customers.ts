import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { CHANNEL_FILTERS, CUSTOMERS_PAGE_SIZE, type CustomerFilter, type CustomerSort } from "./customer-filter";
import { type LinkedPartner, listLinkedPartners } from "./list-linked-partners";

/**
 * How far past the current page the count looks. An exact count of a partner with 90,000
 * customers reads every one of its relationship rows (14–25 ms on the bench data, each view);
 * counting at most this many rows past the page costs well under a millisecond and still says
 * whether there is a next page. Beyond it the page says "more than n" (see ARCHITECTURE.md).
 */
export const COUNT_WINDOW = 1_000;

/** Another partner working with the customer that this partner may see (R11): the other partner of its own joint relationship. */
export type VisiblePartner = {
  id: string;
  name: string;
  role: "provider" | "reseller" | null;
  channel: Channel;
  since: Date;
};

export type CustomerListRow = {
  id: string;
  name: string;
  domain: string;
  countryCode: string;
  relationshipId: string;
  channel: Channel;
  linkedPartner: { id: string; name: string; role: "provider" | "reseller" | null } | null;
  since: Date;
  /** R10: only for a direct-bill relationship; null for an indirect one. */
  subscriptionCount: number | null;
  otherPartners: VisiblePartner[];
};

type RawRow = Omit<CustomerListRow, "linkedPartner" | "otherPartners"> & {
  linkedPartnerId: string | null;
  linkedPartnerName: string | null;
  otherPartners: { id: string; name: string; channel: Channel; since: string }[];
};

// Whitelisted ORDER BY clauses: inside the page (tenants t, relationships r) and outside it (the page's columns).
const ORDER: Record<CustomerSort, { inner: string; outer: string }> = {
  name: { inner: "t.name ASC, t.id ASC", outer: '"name" ASC, "id" ASC' },
  "name-desc": { inner: "t.name DESC, t.id DESC", outer: '"name" DESC, "id" DESC' },
  newest: { inner: "r.started_at DESC, r.id DESC", outer: '"since" DESC, "relationshipId" DESC' },
  oldest: { inner: "r.started_at ASC, r.id ASC", outer: '"since" ASC, "relationshipId" ASC' },
};

/**
 * The Customers page (P-customers-view): the actor's partner's customers with an ACTIVE
 * relationship, one row per customer (the one-active-relationship index guarantees it), searched
 * by name or domain, filtered by channel and linked provider/reseller, sorted and paged. Each row
 * carries what its expanded view shows: country, the relationship, the subscription count of a
 * direct-bill one (R10) and the other partners visible to this partner (R11). Never another
 * partner's customers (R7): every statement is keyed by the session's partner.
 * Three statements: linked partners (the filter's choices), the page, the capped count.
 */
export async function listCustomers(actor: UserActor, filter: CustomerFilter) {
  assertPermission(actor, "customers-view");
  const partnerId = actor.partnerId!;
  const linkedPartners = await listLinkedPartners(partnerId);
  // Filter ids from the URL count only when they are this partner's own providers / resellers.
  const pick = (id: string | null, role: LinkedPartner["role"]) =>
    linkedPartners.find((partner) => partner.id === id && partner.role === role)?.id ?? null;
  const providerId = pick(filter.unverifiedProviderId, "provider");
  const resellerId = pick(filter.unverifiedResellerId, "reseller");
  const applied: CustomerFilter = { ...filter, unverifiedProviderId: providerId, unverifiedResellerId: resellerId };

  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : null;
  const conditions = [
    Prisma.sql`r.partner_id = ${partnerId}::uuid`,
    Prisma.sql`r.status = 'ACTIVE'`,
    ...(filter.channel ? [Prisma.sql`r.channel = ${CHANNEL_FILTERS[filter.channel]}::"Channel"`] : []),
    ...(providerId ? [Prisma.sql`r.linked_partner_id = ${providerId}::uuid`] : []),
    ...(resellerId ? [Prisma.sql`r.linked_partner_id = ${resellerId}::uuid`] : []),
  ];
  const search = pattern
    ? Prisma.sql`AND (t.name ILIKE ${pattern} OR t.primary_domain ILIKE ${pattern})`
    : Prisma.empty;
  const where = Prisma.join(conditions, " AND ");
  const offset = (filter.page - 1) * CUSTOMERS_PAGE_SIZE;
  const countLimit = offset + COUNT_WINDOW + 1;
  const order = ORDER[filter.sort];

  const [rows, [counted]] = await Promise.all([
    // The page first (customer kind lets the planner walk tenants by name through (kind, name)
    // and probe this partner's relationship per tenant), then the expanded view's data for its rows only.
    db().$queryRaw<RawRow[]>(Prisma.sql`
      WITH page AS (
        SELECT t.id, t.name, t.primary_domain AS domain, t.country_code AS "countryCode", r.id AS "relationshipId",
          r.channel, r.linked_partner_id AS "linkedPartnerId", r.started_at AS since
        FROM customer_relationships r JOIN tenants t ON t.id = r.customer_tenant_id
        WHERE ${where} AND t.kind = 'CUSTOMER' ${search}
        ORDER BY ${Prisma.raw(order.inner)}
        LIMIT ${CUSTOMERS_PAGE_SIZE} OFFSET ${offset})
      SELECT page.id::text AS id, page.name, page.domain, page."countryCode", page."relationshipId"::text AS "relationshipId",
        page.channel::text AS channel, page."linkedPartnerId"::text AS "linkedPartnerId", lp.legal_name AS "linkedPartnerName", page.since,
        CASE WHEN page.channel = 'DIRECT_BILL' THEN
          (SELECT count(*)::int FROM subscriptions s WHERE s.partner_id = ${partnerId}::uuid AND s.customer_tenant_id = page.id) END AS "subscriptionCount",
        (SELECT coalesce(json_agg(json_build_object('id', op.id, 'name', op.legal_name, 'channel', o.channel, 'since', o.started_at) ORDER BY op.legal_name), '[]'::json)
          FROM customer_relationships o JOIN partner_organizations op ON op.id = o.partner_id
          WHERE o.customer_tenant_id = page.id AND o.status = 'ACTIVE' AND o.linked_partner_id = ${partnerId}::uuid AND o.partner_id <> ${partnerId}::uuid) AS "otherPartners"
      FROM page LEFT JOIN partner_organizations lp ON lp.id = page."linkedPartnerId"
      ORDER BY ${Prisma.raw(order.outer)}`),
    // Capped count: tenants are joined only when the search needs their name and domain.
    db().$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM customer_relationships r ${pattern ? Prisma.sql`JOIN tenants t ON t.id = r.customer_tenant_id` : Prisma.empty}
        WHERE ${where} ${search} LIMIT ${countLimit}) counted`),
  ]);

  const roleOf = (id: string) => linkedPartners.find((partner) => partner.id === id)?.role ?? null;
  const customers: CustomerListRow[] = rows.map(({ linkedPartnerId, linkedPartnerName, otherPartners, ...row }) => ({
    ...row,
    since: new Date(row.since),
    linkedPartner: linkedPartnerId
      ? { id: linkedPartnerId, name: linkedPartnerName ?? "", role: roleOf(linkedPartnerId) }
      : null,
    otherPartners: otherPartners.map((other) => ({ ...other, role: roleOf(other.id), since: new Date(other.since) })),
  }));
  const capped = counted.n >= countLimit;
  const total = capped ? offset + COUNT_WINDOW : counted.n;
  return {
    customers,
    /** Exact, or (when `capped`) a lower bound: there are more. */
    total,
    capped,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / CUSTOMERS_PAGE_SIZE)),
    filter: applied,
    providers: linkedPartners.filter((partner) => partner.role === "provider"),
    resellers: linkedPartners.filter((partner) => partner.role === "reseller"),
  };
}

export type CustomerList = Awaited<ReturnType<typeof listCustomers>>;
