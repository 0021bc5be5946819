// Set-based SQL for the bench dataset, part 2: customer relationships (about 200,000).
// - Bench Reseller (a direct-bill partner that moved to indirect reseller) with every European
//   customer: a hash of c picks direct bill or indirect (about half each), the provider of an
//   indirect one (one of its three) and the 1% that ended. Not c's residues: a customer's name is
//   built from c's residues, and picks from them too would line up with the alphabet (every
//   "Alpine …" customer direct bill, every "Blue …" one with the same provider — runs of 3,300
//   customers), which no real directory has and which would make the Customers page's filtered,
//   name-sorted views measure the generator instead of the query.
// - Those providers' own rows for the indirect ones (R7: each partner of a pair has its row).
// - Other direct-bill partners with customers of their region.
// - Other reseller–provider pairs with joint customers (two rows each).
// Picks use multiplicative hashing over per-region numbering (k); the rare duplicate pair is
// skipped by the one-active-relationship unique index (ON CONFLICT DO NOTHING).
import { BENCH_PROVIDERS, scaled } from "./seed-partners.ts";

const OTHER_DIRECT_BILL = scaled(33_000, 100);
const OTHER_JOINT_PAIRS = scaled(15_800, 100);

const region = (i: string) => `CASE WHEN ${i} % 20 = 19 THEN 1 WHEN ${i} % 50 = 27 THEN 2 ELSE 0 END`;
const started = (n: string) => `now() - (${n} % 900 + 1) * interval '1 day' - (${n} % 1440) * interval '1 minute'`;
const COLUMNS =
  "id, partner_id, customer_tenant_id, channel, linked_partner_id, status, started_at, ended_at, updated_at";

export const CUSTOMER_RELATIONSHIPS: string[] = [
  `WITH bench AS (SELECT partner_id FROM bench_partner WHERE p = 1),
   providers AS (SELECT array_agg(partner_id ORDER BY p) AS ids FROM bench_partner WHERE p IN (${BENCH_PROVIDERS.join(", ")})),
   mixed AS (SELECT c.c, c.tenant_id, hashint4(c.c)::bigint & 2147483647 AS h FROM bench_customer c WHERE c.grp = 0),
   picked AS (
     SELECT c.c, c.tenant_id, bench.partner_id AS bench_id, c.h % 2 = 1 AS indirect, (c.h / 6) % 100 = 50 AS ended,
       providers.ids[1 + (c.h / 2) % 3] AS provider_id, ${started("c.c")} AS started
     FROM mixed c CROSS JOIN bench CROSS JOIN providers)
   INSERT INTO customer_relationships (${COLUMNS})
   SELECT gen_random_uuid(), bench_id, tenant_id, (CASE WHEN indirect THEN 'INDIRECT' ELSE 'DIRECT_BILL' END)::"Channel",
     CASE WHEN indirect THEN provider_id END, (CASE WHEN ended THEN 'ENDED' ELSE 'ACTIVE' END)::"RelationshipStatus",
     started, CASE WHEN ended THEN now() - (c % 30) * interval '1 day' END, now()
   FROM picked
   UNION ALL
   SELECT gen_random_uuid(), provider_id, tenant_id, 'INDIRECT'::"Channel", bench_id, 'ACTIVE'::"RelationshipStatus", started, NULL::timestamptz, now() FROM picked WHERE indirect AND NOT ended`,
  `WITH partners AS (
     SELECT p, partner_id, grp, row_number() OVER (PARTITION BY grp ORDER BY p) - 1 AS k
     FROM bench_partner WHERE direct AND status = 'APPROVED' AND p <> 1),
   partner_count AS (SELECT grp, count(*) AS n FROM partners GROUP BY grp),
   customer_count AS (SELECT grp, count(*) AS n FROM bench_customer GROUP BY grp),
   picks AS (SELECT i, ${region("i")} AS grp FROM generate_series(1, ${OTHER_DIRECT_BILL}) i)
   INSERT INTO customer_relationships (${COLUMNS})
   SELECT gen_random_uuid(), d.partner_id, c.tenant_id, 'DIRECT_BILL', NULL, 'ACTIVE', ${started("x.i")}, NULL, now()
   FROM picks x JOIN partner_count pc ON pc.grp = x.grp JOIN customer_count cc ON cc.grp = x.grp
   JOIN partners d ON d.grp = x.grp AND d.k = (x.i::bigint * 7919) % pc.n
   JOIN bench_customer c ON c.grp = x.grp AND c.k = (x.i::bigint * 104729) % cc.n
   ON CONFLICT DO NOTHING`,
  `WITH pair_count AS (SELECT grp, count(*) AS n FROM bench_pair WHERE reseller <> 1 GROUP BY grp),
   customer_count AS (SELECT grp, count(*) AS n FROM bench_customer GROUP BY grp),
   picks AS (SELECT i, CASE WHEN i % 20 = 19 THEN 1 ELSE 0 END AS grp FROM generate_series(1, ${OTHER_JOINT_PAIRS}) i),
   chosen AS (
     SELECT rp.partner_id AS reseller_id, pp.partner_id AS provider_id, c.tenant_id, ${started("x.i")} AS started
     FROM picks x JOIN pair_count pc ON pc.grp = x.grp JOIN customer_count cc ON cc.grp = x.grp
     JOIN bench_pair pair ON pair.grp = x.grp AND pair.k = (x.i::bigint * 7919) % pc.n
     JOIN bench_customer c ON c.grp = x.grp AND c.k = (x.i::bigint * 15485863) % cc.n
     JOIN bench_partner rp ON rp.p = pair.reseller JOIN bench_partner pp ON pp.p = pair.provider)
   INSERT INTO customer_relationships (${COLUMNS})
   SELECT gen_random_uuid(), reseller_id, tenant_id, 'INDIRECT'::"Channel", provider_id, 'ACTIVE'::"RelationshipStatus", started, NULL::timestamptz, now() FROM chosen
   UNION ALL
   SELECT gen_random_uuid(), provider_id, tenant_id, 'INDIRECT'::"Channel", reseller_id, 'ACTIVE'::"RelationshipStatus", started, NULL, now() FROM chosen
   ON CONFLICT DO NOTHING`,
];

/** After the load: helper tables go, statistics come (a live database would have them). */
export const FINISH: string[] = [
  "DROP TABLE bench_pair, bench_customer, bench_partner",
  "VACUUM (ANALYZE) tenants, users, partner_organizations, program_enrollments, agreement_acceptances, provider_reseller_relationships, customer_relationships, audit_events",
];

export const COUNTS = `SELECT
  (SELECT count(*) FROM tenants WHERE kind = 'PARTNER') AS partner_tenants,
  (SELECT count(*) FROM partner_organizations) AS partner_organizations,
  (SELECT count(*) FROM tenants WHERE kind = 'CUSTOMER') AS customer_tenants,
  (SELECT count(*) FROM users) AS users,
  (SELECT count(*) FROM program_enrollments) AS enrollments,
  (SELECT count(*) FROM agreement_acceptances) AS agreements,
  (SELECT count(*) FROM provider_reseller_relationships) AS provider_reseller,
  (SELECT count(*) FROM customer_relationships) AS customer_relationships,
  (SELECT count(*) FROM audit_events) AS audit_events,
  (SELECT count(*) FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.primary_domain = $1) AS bench_users,
  (SELECT count(*) FROM customer_relationships r JOIN partner_organizations p ON p.id = r.partner_id JOIN tenants t ON t.id = p.tenant_id WHERE t.primary_domain = $1) AS bench_customers`;
