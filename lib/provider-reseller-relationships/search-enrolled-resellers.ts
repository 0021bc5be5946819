import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { type Region, regionOf } from "@/lib/regions";
import { searchText } from "@/lib/text";
import { loadActiveProvider } from "./partnership-rules";

export type EnrolledReseller = { id: string; legalName: string; pnId: string; countryCode: string; region: Region };

/**
 * The optional picker on Invite a reseller (P-reseller-invite, active providers): enrolled
 * indirect resellers with active capabilities (R14) whose legal name contains the text or whose
 * PN ID starts with it — at most 10, never the provider itself. Only what the program shows
 * about a partner anyway: name, PN ID, country. Fewer than 2 characters searches nothing.
 */
export async function searchEnrolledResellers(actor: UserActor, query: unknown): Promise<EnrolledReseller[]> {
  assertPermission(actor, "reseller-invite");
  const provider = await loadActiveProvider(db(), actor);
  const text = searchText(query);
  if (text.length < 2) return [];
  const pattern = escapeLike(text);
  const rows = await db().partnerOrganization.findMany({
    where: {
      id: { not: provider.id },
      enrollments: { some: { ...activeEnrollmentWhere, program: "INDIRECT_RESELLER" } },
      OR: [
        { legalName: { contains: pattern, mode: "insensitive" } },
        { pnId: { startsWith: pattern, mode: "insensitive" } },
      ],
    },
    select: { id: true, legalName: true, pnId: true, countryCode: true },
    orderBy: [{ legalName: "asc" }, { id: "asc" }],
    take: 10,
  });
  return rows.map((row) => ({ ...row, region: regionOf(row.countryCode) }));
}
