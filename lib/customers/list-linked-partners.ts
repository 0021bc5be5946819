import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type LinkedPartner = { id: string; name: string; role: "provider" | "reseller"; active: boolean };

/**
 * The partners a partner is (or was) paired with in the two-tier model: its indirect providers
 * (when it is a reseller) and its indirect resellers (when it is a provider), by name, with
 * whether the pair is active now. They are the Customers page's provider/reseller filter and the
 * "linked" partner of its indirect relationships. One statement. `partnerId` is trusted (session).
 */
export async function listLinkedPartners(partnerId: string): Promise<LinkedPartner[]> {
  return db().$queryRaw<LinkedPartner[]>(Prisma.sql`
    SELECT p.id::text AS id, p.legal_name AS name, 'provider' AS role, bool_or(x.status = 'ACTIVE') AS active
    FROM provider_reseller_relationships x JOIN partner_organizations p ON p.id = x.provider_id
    WHERE x.reseller_id = ${partnerId}::uuid GROUP BY p.id, p.legal_name
    UNION ALL
    SELECT p.id::text, p.legal_name, 'reseller', bool_or(x.status = 'ACTIVE')
    FROM provider_reseller_relationships x JOIN partner_organizations p ON p.id = x.reseller_id
    WHERE x.provider_id = ${partnerId}::uuid GROUP BY p.id, p.legal_name
    ORDER BY name, id`);
}
