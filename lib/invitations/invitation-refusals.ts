import "server-only";
import type { DbClient } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import { INVITATION_KINDS } from "./invitation-kinds";

// Who may act on an invitation's link, for every kind: the landing pages' states and the
// acceptance POSTs use the same refusals, so both say the same.

/** R16: the invitation is bound to another organization than the one this user is signed in to. */
export function wrongTenantRefusal(kind: InvitationKind, tenantName: string): DomainError {
  return new DomainError("FORBIDDEN", INVITATION_KINDS[kind].wrongTenant, {
    rule: "R16",
    vars: { tenant: tenantName },
  });
}

/** The active Global admins of a tenant, for "who can accept" (a few; "Name (email)" where the kind shows addresses). */
export async function listGlobalAdminNames(
  client: DbClient,
  kind: InvitationKind,
  tenantId: string,
): Promise<string[]> {
  const admins = await client.user.findMany({
    where: { tenantId, adminRole: "GLOBAL_ADMIN", status: "ACTIVE" },
    select: { name: true, email: true },
    orderBy: { name: "asc" },
    take: 10,
  });
  const withEmail = INVITATION_KINDS[kind].notGlobalAdmin.namesWithEmail;
  return admins.map((admin) => (withEmail ? `${admin.name} (${admin.email})` : admin.name));
}

/** Only a Global admin of the invited organization accepts (R6 for a reseller, R16 for a customer) or declines: names who can. */
export async function notGlobalAdminRefusal(
  client: DbClient,
  kind: InvitationKind,
  tenantId: string,
  what: "accept" | "decline" = "accept",
): Promise<DomainError> {
  const { rule, accept, decline } = INVITATION_KINDS[kind].notGlobalAdmin;
  const names = (await listGlobalAdminNames(client, kind, tenantId)).join(", ") || "—";
  return new DomainError("FORBIDDEN", what === "decline" && decline ? decline : accept, { rule, vars: { names } });
}
