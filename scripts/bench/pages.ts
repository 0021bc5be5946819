// The pages the bench drives, all as the bench tenant's Global admin (Bench Reseller: ~92,000
// active customer relationships, half direct bill, half indirect with three providers).
import pg from "pg";
import type { PageRow } from "./report.ts";
import { BENCH_DOMAIN } from "./seed-partners.ts";

export type BenchPage = Pick<PageRow, "label" | "path" | "role">;

export const PAGES: BenchPage[] = [
  // The floor: a dynamic page through the root layout and proxy.ts, no session, no database (bench build only).
  { label: "Floor", path: "/bench/floor", role: "floor" },
  // The lightest signed-in page the portal has; it still loads the organization overview.
  { label: "Empty page", path: "/overview", role: "empty" },
  // The portal shell and a static form only: what "empty" costs without page data.
  { label: "Shell only", path: "/settings/users/new", role: "reference" },
  { label: "Users", path: "/settings/users", role: "list" },
  { label: "Users search", path: "/settings/users?q=anna", role: "list" },
  { label: "Users deep page", path: "/settings/users?page=20", role: "list" },
  { label: "Audit log", path: "/settings/audit-log", role: "list" },
  // The Customers page and its variants carry ENGINEERING §4's targets (report.ts).
  { label: "Customers", path: "/customers", role: "customers" },
  // A name fragment (pg_trgm: ~140 of the tenant's customers match) and a domain fragment.
  { label: "Customers search", path: "/customers?q=harbor%20dental", role: "customers" },
  { label: "Customers domain search", path: "/customers?q=customer-4242", role: "customers" },
  // Page 40: the first 975 customers by name are skipped.
  { label: "Customers deep page", path: "/customers?page=40", role: "customers" },
  // One provider's indirect customers by name, and the direct-bill ones newest first.
  { label: "Customers filtered", path: "/customers?channel=indirect&provider={provider}", role: "customers" },
  { label: "Customers direct bill, newest", path: "/customers?channel=direct-bill&sort=newest", role: "customers" },
];

/** Fills a path's placeholders from the seeded database: `{provider}` is the bench tenant's first active provider. */
export async function resolvePath(databaseUrl: string, path: string): Promise<string> {
  if (!path.includes("{provider}")) return path;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT x.provider_id::text AS id FROM provider_reseller_relationships x
       JOIN partner_organizations r ON r.id = x.reseller_id JOIN tenants t ON t.id = r.tenant_id
       JOIN partner_organizations p ON p.id = x.provider_id
       WHERE t.primary_domain = $1 AND x.status = 'ACTIVE' ORDER BY p.legal_name LIMIT 1`,
      [BENCH_DOMAIN],
    );
    if (!rows[0]) throw new Error("the bench tenant has no active provider");
    return path.replaceAll("{provider}", rows[0].id);
  } finally {
    await client.end();
  }
}
