// Set-based SQL for the bench dataset, part 1: helper tables (index → uuid), tenants, partner
// organizations, enrollments, agreements, provider–reseller links, users and audit events.
// Partner p = 1..10,000 (p = 1 is "Bench Reseller"), customer c = 0..99,999. Region groups:
// 0 Europe (most), 1 North America, 2 Asia Pacific. Programs by p % 10: 0,2 indirect
// provider; 1,3–7 indirect reseller; 8 direct bill; 9 direct bill + indirect reseller.
export const BENCH_DOMAIN = "bench-reseller.example";
export const BENCH_ADMIN_EMAIL = `admin@${BENCH_DOMAIN}`;
// BENCH_SCALE (default 1) shrinks every count for the smoke run inside `npm test`; the floors keep
// what the SQL relies on (partners 40/80/120 exist, every other partner has a Global admin, the
// Users page has 20 pages, the audit events' 500 targets).
export const SCALE = Math.min(1, Number(process.env.BENCH_SCALE) || 1);
export const scaled = (count: number, floor: number) => Math.max(floor, Math.round(count * SCALE));
export const BENCH_USERS = scaled(2_000, 600);
export const PARTNERS = scaled(10_000, 200);
export const OTHER_USERS = scaled(48_000, PARTNERS);
export const CUSTOMERS = scaled(100_000, 1_000);
/** The bench tenant's three indirect providers (European, approved). */
export const BENCH_PROVIDERS = [40, 80, 120];

const list = (words: string) => `ARRAY['${words.split(" ").join("','")}']`;
const pick = (words: string, index: string) => `(${list(words)})[1 + (${index}) % ${words.split(" ").length}]`;

const FIRST =
  "Anna Ben Carla David Elena Felix Greta Hannah Ivan Julia Karl Lena Max Nora Oskar Paula Quentin Rosa Simon Tara Uwe Vera Wim Xenia Yusuf Zoe Amir Bea Chen Dana Emil Fatima Georg Hugo Ines Jonas Kim Leon Mia Noah";
const LAST =
  "Adler Becker Costa Dubois Engel Fischer Garcia Hoffmann Ivanova Jansen Keller Lehmann Meyer Novak Olsen Petrov Quinn Richter Schmidt Tanaka Ullrich Vogel Wagner Xu Young Zimmermann Andersen Brown Cohen Dahl Eriksen Fontaine Gruber Huber Ito Jovanovic Kowalski Larsen Moreau Nielsen Ortega";
const ADJECTIVE =
  "Alpine Blue Bright Cedar Coastal Crimson Delta Eastern Emerald First Golden Granite Harbor Iron Lakeside Maple Nordic Northern Oak Pacific Pioneer Quantum Rapid Silver Summit Swift Twin United Valley Western";
const NOUN =
  "Bakery Logistics Dental Foods Motors Textiles Pharma Energy Media Builders Analytics Farms Hotels Legal Optics Printing Robotics Shipping Software Studios Telecom Travel Water Wines";
const PARTNER_NOUN = "Cloud Systems Networks Solutions Digital Consulting Technologies Services Computing Data";
const FORM = "GmbH Ltd AG SARL BV AB Inc SpA";
const EUROPE = "DE FR GB NL AT ES IT PL SE BE CH DK IE PT FI CZ";
const NORTH_AMERICA = "US CA US US";
const ASIA_PACIFIC = "AU JP SG IN";

/** SQL for a user's first and last name from an integer expression (shared by users and audit labels). */
export const firstName = (n: string) => pick(FIRST, `(${n}) * 7`);
export const lastName = (n: string) => pick(LAST, `(${n}) * 13`);
const country = (grp: string, n: string) =>
  `CASE ${grp} WHEN 0 THEN ${pick(EUROPE, n)} WHEN 1 THEN ${pick(NORTH_AMERICA, n)} ELSE ${pick(ASIA_PACIFIC, n)} END`;

/** Phase A, in order on one connection: everything later phases join on. */
export const HELPERS_AND_TENANTS: string[] = [
  `CREATE UNLOGGED TABLE bench_partner AS
   SELECT p, gen_random_uuid() AS tenant_id, gen_random_uuid() AS partner_id, g.grp,
     CASE WHEN p = 1 THEN 'DE' ELSE ${country("g.grp", "p / 40")} END AS country,
     CASE WHEN p = 1 THEN 'Bench Reseller' ELSE ${pick(ADJECTIVE, "p * 7")} || ' ' || ${pick(PARTNER_NOUN, "p * 3")} || ' ' || p END AS name,
     CASE WHEN p = 1 THEN '${BENCH_DOMAIN}' ELSE 'partner-' || p || '.bench.example' END AS domain,
     (p <> 1 AND p % 10 IN (0, 2)) AS provider,
     (p = 1 OR p % 10 IN (1, 3, 4, 5, 6, 7, 9)) AS reseller,
     (p = 1 OR p % 10 IN (8, 9)) AS direct,
     (CASE WHEN p = 1 THEN 'APPROVED' WHEN p % 17 = 3 THEN 'IN_REVIEW' WHEN p % 31 = 5 THEN 'AWAITING_EMAIL_VERIFICATION'
           WHEN p % 37 = 7 THEN 'REJECTED' ELSE 'APPROVED' END)::"EnrollmentStatus" AS status
   FROM generate_series(1, ${PARTNERS}) p
   CROSS JOIN LATERAL (SELECT CASE WHEN p % 40 IN (32, 35, 36, 37, 38) THEN 1 WHEN p % 40 IN (29, 39) THEN 2 ELSE 0 END AS grp) g`,
  `ALTER TABLE bench_partner ADD PRIMARY KEY (p)`,
  `CREATE UNLOGGED TABLE bench_customer AS
   SELECT c, tenant_id, grp, row_number() OVER (PARTITION BY grp ORDER BY c) - 1 AS k FROM (
     SELECT c, gen_random_uuid() AS tenant_id, CASE WHEN c % 20 = 19 THEN 1 WHEN c % 50 = 27 THEN 2 ELSE 0 END AS grp
     FROM generate_series(0, ${CUSTOMERS - 1}) c) s`,
  `CREATE INDEX ON bench_customer (grp, k)`,
  // Approved provider–reseller pairs in one region: each reseller gets provider A, a third of the
  // European ones also provider B; the bench tenant gets its three.
  `CREATE UNLOGGED TABLE bench_pair AS
   SELECT r.p AS reseller, pr.p AS provider, r.grp, row_number() OVER (PARTITION BY r.grp ORDER BY r.p, pr.p) - 1 AS k
   FROM bench_partner r
   CROSS JOIN LATERAL (VALUES (CASE r.grp WHEN 0 THEN 40 * (1 + (r.p * 7) % 250) WHEN 1 THEN 40 * ((r.p * 7) % 250) + 32 END),
                              (CASE WHEN r.grp = 0 AND r.p % 3 = 0 THEN 40 * ((r.p * 11) % 250) + 10 END)) AS c(provider)
   JOIN bench_partner pr ON pr.p = c.provider AND pr.provider AND pr.status = 'APPROVED'
   WHERE r.reseller AND r.status = 'APPROVED' AND r.p <> 1`,
  `INSERT INTO bench_pair SELECT 1, x, 0, -1 FROM unnest(ARRAY[${BENCH_PROVIDERS.join(",")}]) x`,
  `CREATE INDEX ON bench_pair (grp, k)`,
  `INSERT INTO tenants (id, kind, name, primary_domain, country_code, created_at, updated_at)
   SELECT tenant_id, 'PARTNER', name, domain, country, t, t FROM bench_partner, LATERAL (SELECT now() - (p % 1000 + 30) * interval '1 day' AS t) s`,
  `INSERT INTO tenants (id, kind, name, primary_domain, country_code, created_at, updated_at)
   SELECT tenant_id, 'CUSTOMER', ${pick(ADJECTIVE, "c * 11")} || ' ' || ${pick(NOUN, "c * 17")} || ' ' || c || ' ' || ${pick(FORM, "c")},
     'customer-' || c || '.bench.example', ${country("grp", "c / 20")}, t, t
   FROM bench_customer, LATERAL (SELECT now() - (c % 1500 + 1) * interval '1 day' AS t) s`,
  `INSERT INTO partner_organizations (id, tenant_id, pn_id, legal_name, address_line1, city, postal_code, country_code, contact_name,
     contact_email, contact_phone, contact_email_verified_at, support_email, support_phone, support_website, indirect_move_eligible_at, created_at, updated_at)
   SELECT partner_id, tenant_id, 'B' || lpad(p::text, 7, '0'), name || ' ' || ${pick(FORM, "p")}, p || ' Market Street', 'Springfield', lpad((p % 99999)::text, 5, '0'),
     country, ${firstName("p")} || ' ' || ${lastName("p")}, 'partners@' || domain, '+49 30 ' || lpad(p::text, 7, '0'),
     CASE WHEN status <> 'AWAITING_EMAIL_VERIFICATION' THEN now() - interval '400 days' END, 'support@' || domain, '+49 30 7654321', 'https://support.' || domain,
     CASE WHEN direct AND reseller THEN now() - interval '200 days' END, now() - interval '400 days', now()
   FROM bench_partner`,
];

/** Phase B (one connection): programs, agreements and provider–reseller links. */
export const PROGRAMS = (agreementVersion: string): [string, unknown[]][] => [
  [
    `INSERT INTO program_enrollments (id, partner_id, program, status, via_transition, submitted_at, email_verified_at, decided_at, rejection_reason, created_at, updated_at)
     SELECT gen_random_uuid(), b.partner_id, prog.program::"Program", b.status, prog.program = 'INDIRECT_RESELLER' AND b.direct, s.at,
       CASE WHEN b.status <> 'AWAITING_EMAIL_VERIFICATION' THEN s.at + interval '1 hour' END,
       CASE WHEN b.status IN ('APPROVED', 'REJECTED') THEN s.at + interval '3 days' END,
       CASE WHEN b.status = 'REJECTED' THEN 'The legal profile does not match the organization profile of the PN ID.' END, s.at, s.at
     FROM bench_partner b
     CROSS JOIN LATERAL (VALUES ('INDIRECT_PROVIDER', b.provider), ('INDIRECT_RESELLER', b.reseller), ('DIRECT_BILL', b.direct)) AS prog(program, held)
     CROSS JOIN LATERAL (SELECT now() - (b.p % 700 + 5) * interval '1 day' AS at) s
     WHERE prog.held`,
    [],
  ],
  [
    `INSERT INTO agreement_acceptances (id, partner_id, kind, version, signer_name, signer_title, accepted_at)
     SELECT gen_random_uuid(), partner_id, kind::"AgreementKind", $1, ${firstName("p")} || ' ' || ${lastName("p")}, 'Managing Director', now() - (p % 600 + 1) * interval '1 day'
     FROM bench_partner, LATERAL (VALUES ('PARTNER_AGREEMENT', p = 1 OR p % 13 <> 0), ('INDIRECT_RESELLER_AGREEMENT', direct AND reseller)) AS a(kind, accepted)
     WHERE status = 'APPROVED' AND accepted`,
    [agreementVersion],
  ],
  [
    `INSERT INTO provider_reseller_relationships (id, provider_id, reseller_id, status, started_at, ended_at, end_reason, updated_at)
     SELECT gen_random_uuid(), pp.partner_id, rp.partner_id, h.status::"RelationshipStatus", now() - h.started * interval '1 day',
       CASE WHEN h.status = 'ENDED' THEN now() - interval '600 days' END,
       CASE WHEN h.status = 'ENDED' THEN 'Ended by support at the request of both partners.' END, now()
     FROM bench_pair x JOIN bench_partner rp ON rp.p = x.reseller JOIN bench_partner pp ON pp.p = x.provider
     CROSS JOIN LATERAL (VALUES ('ACTIVE', (x.reseller + x.provider) % 500 + 1, true), ('ENDED', 800, x.reseller % 25 = 0)) AS h(status, started, present)
     WHERE h.present`,
    [],
  ],
];

const ACTIONS =
  "user.created user.roles_changed user.password_reset user.password_changed user.signed_out_everywhere user.disabled user.enabled user.removed";

/** Audit before/after by action, as lib/users/* records them. */
const auditChange = `
  CASE a.action
    WHEN 'user.created' THEN NULL WHEN 'user.roles_changed' THEN '{"agentRole":"SALES_AGENT","adminRole":"NO_ADMIN"}'::jsonb
    WHEN 'user.disabled' THEN '{"status":"ACTIVE"}'::jsonb WHEN 'user.enabled' THEN '{"status":"DISABLED"}'::jsonb
    WHEN 'user.removed' THEN jsonb_build_object('email', a.target, 'agentRole', 'HELPDESK_AGENT', 'adminRole', 'NO_ADMIN') END,
  CASE a.action
    WHEN 'user.created' THEN jsonb_build_object('email', a.target, 'agentRole', 'SALES_AGENT', 'adminRole', 'NO_ADMIN')
    WHEN 'user.roles_changed' THEN '{"agentRole":"ADMIN_AGENT","adminRole":"NO_ADMIN"}'::jsonb
    WHEN 'user.disabled' THEN '{"status":"DISABLED"}'::jsonb WHEN 'user.enabled' THEN '{"status":"ACTIVE"}'::jsonb END`;

/** Phase B (another connection): users (one shared password hash), then audit events. */
export const USERS_AND_AUDIT = (passwordHash: string): [string, unknown[]][] => [
  [
    `INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, status, must_change_password, temp_password_expires_at, last_sign_in_at, created_at, updated_at)
     SELECT gen_random_uuid(), b.tenant_id,
       CASE WHEN n = 1 THEN 'Bench Admin' ELSE ${firstName("n")} || ' ' || ${lastName("n")} END,
       CASE WHEN n = 1 THEN '${BENCH_ADMIN_EMAIL}' ELSE lower(${firstName("n")} || '.' || ${lastName("n")} || '.' || n || '@${BENCH_DOMAIN}') END, $1,
       (CASE WHEN n = 1 THEN 'ADMIN_AGENT' WHEN n % 7 = 0 THEN 'NO_AGENT' ELSE ${pick("ADMIN_AGENT SALES_AGENT HELPDESK_AGENT", "n")} END)::"AgentRole",
       (CASE WHEN n = 1 OR n % 50 = 0 THEN 'GLOBAL_ADMIN' WHEN n % 20 = 1 THEN 'USER_MANAGEMENT_ADMIN' ELSE 'NO_ADMIN' END)::"AdminRole",
       (CASE WHEN n % 40 = 0 AND n % 50 <> 0 THEN 'DISABLED' ELSE 'ACTIVE' END)::"UserStatus",
       n % 97 = 0, CASE WHEN n % 97 = 0 THEN now() + interval '5 days' END,
       CASE WHEN n % 4 <> 0 THEN now() - (n % 90) * interval '1 day' END, now() - (n % 700 + 1) * interval '1 day', now()
     FROM generate_series(1, ${BENCH_USERS}) n CROSS JOIN bench_partner b WHERE b.p = 1`,
    [passwordHash],
  ],
  [
    // User u belongs to partner 2 + u % 9,999; each partner's first user is its Global admin.
    `INSERT INTO users (id, tenant_id, name, email, password_hash, agent_role, admin_role, status, last_sign_in_at, created_at, updated_at)
     SELECT gen_random_uuid(), b.tenant_id, ${firstName("u")} || ' ' || ${lastName("u")},
       'u' || u || '.' || lower(${firstName("u")}) || '@' || b.domain, $1,
       (CASE WHEN u < ${PARTNERS - 1} THEN 'ADMIN_AGENT' ELSE ${pick("ADMIN_AGENT SALES_AGENT HELPDESK_AGENT NO_AGENT", "u")} END)::"AgentRole",
       (CASE WHEN u < ${PARTNERS - 1} THEN 'GLOBAL_ADMIN' WHEN u % 11 = 0 THEN 'USER_MANAGEMENT_ADMIN' ELSE 'NO_ADMIN' END)::"AdminRole",
       (CASE WHEN u >= ${PARTNERS - 1} AND u % 30 = 0 THEN 'DISABLED' ELSE 'ACTIVE' END)::"UserStatus",
       CASE WHEN u % 3 <> 0 THEN now() - (u % 120) * interval '1 day' END, now() - (u % 900 + 1) * interval '1 day', now()
     FROM generate_series(0, ${OTHER_USERS - 1}) u JOIN bench_partner b ON b.p = 2 + u % ${PARTNERS - 1}`,
    [passwordHash],
  ],
  [
    // 30,000 events in the bench tenant's log over about a year, by its admins and "system".
    `WITH bench AS (SELECT tenant_id FROM bench_partner WHERE p = 1),
     people AS (SELECT array_agg(email ORDER BY email) AS admins FROM (SELECT email FROM users WHERE tenant_id = (SELECT tenant_id FROM bench) AND admin_role <> 'NO_ADMIN' ORDER BY email LIMIT 40) s),
     targets AS (SELECT array_agg(id ORDER BY email) AS ids, array_agg(email ORDER BY email) AS emails FROM (SELECT id, email FROM users WHERE tenant_id = (SELECT tenant_id FROM bench) ORDER BY email LIMIT 500) s)
     INSERT INTO audit_events (id, tenant_id, actor_label, action, target_type, target_id, target_label, before, after, ip, created_at)
     SELECT gen_random_uuid(), bench.tenant_id, CASE WHEN i % 25 = 0 THEN 'system' ELSE people.admins[1 + i % array_length(people.admins, 1)] END,
       a.action, 'user', targets.ids[1 + (i * 7) % 500]::text, a.target, ${auditChange},
       '10.' || i % 250 || '.' || (i * 7) % 250 || '.' || (i * 13) % 250, now() - i * interval '17 minutes'
     FROM generate_series(1, ${scaled(30_000, 100)}) i CROSS JOIN bench CROSS JOIN people CROSS JOIN targets
     CROSS JOIN LATERAL (SELECT ${pick(ACTIONS, "i")} AS action, targets.emails[1 + (i * 7) % 500] AS target) a`,
    [],
  ],
  [
    // 70,000 more across the other partners, each by that partner's Global admin.
    `INSERT INTO audit_events (id, tenant_id, actor_label, action, target_type, target_id, target_label, before, after, ip, created_at)
     SELECT gen_random_uuid(), b.tenant_id, 'u' || (b.p - 2) || '.' || lower(${firstName("b.p - 2")}) || '@' || b.domain,
       a.action, 'user', NULL, a.target, ${auditChange}, '192.0.2.' || i % 250, now() - i * interval '7 minutes'
     FROM generate_series(1, ${scaled(70_000, 100)}) i JOIN bench_partner b ON b.p = 2 + i % ${PARTNERS - 1}
     CROSS JOIN LATERAL (SELECT ${pick(ACTIONS, "i")} AS action, 'user' || i || '@' || b.domain AS target) a`,
    [],
  ],
];
