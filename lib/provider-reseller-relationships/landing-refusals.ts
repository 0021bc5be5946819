import "server-only";
import { DomainError } from "@/lib/errors";
import type { Client } from "./partnership-rules";

// The provider-invitation landing page's refusals about who is signed in (shared by the page's
// state and the authorize POST, so both say the same).

/** R16: the invitation is bound to one reseller organization (a partner tenant); this user's is another one. */
export function wrongTenantRefusal(tenantName: string): DomainError {
  return new DomainError(
    "FORBIDDEN",
    `R16: you are signed in to ${tenantName}, which is not the organization this invitation was sent to. Sign out and sign in with a work account of the invited reseller.`,
    { rule: "R16", messageKey: "partnerships.landing.wrongTenant.body", vars: { tenant: tenantName } },
  );
}

/** The active Global admins of a tenant, for "who can authorize" (names only, a few). */
export async function listGlobalAdminNames(client: Client, tenantId: string): Promise<string[]> {
  const admins = await client.user.findMany({
    where: { tenantId, adminRole: "GLOBAL_ADMIN", status: "ACTIVE" },
    select: { name: true },
    orderBy: { name: "asc" },
    take: 10,
  });
  return admins.map((admin) => admin.name);
}

/** R6: only a Global admin of the reseller authorizes an indirect provider; names who can. */
export async function notGlobalAdminRefusal(client: Client, tenantId: string): Promise<DomainError> {
  const names = (await listGlobalAdminNames(client, tenantId)).join(", ") || "—";
  return new DomainError(
    "FORBIDDEN",
    `R6: only a Global admin of your organization can authorize an indirect provider. Ask one of them: ${names}.`,
    {
      rule: "R6",
      messageKey: "partnerships.landing.notGlobalAdmin.body",
      vars: { names },
    },
  );
}
