import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { notFound } from "@/lib/errors";
import { listActivePrograms } from "@/lib/partners/list-active-programs";

/**
 * The reseller side's reads (Indirect providers, View customers): P-customers-view and an ACTIVE
 * indirect reseller program (R14: a direct-bill partner's move counts only after "Accept and
 * continue"). Anyone else gets "not found". Returns the actor's own partner id.
 */
export async function assertActiveReseller(actor: UserActor): Promise<string> {
  assertPermission(actor, "customers-view");
  const partnerId = actor.partnerId;
  if (!partnerId || !(await listActivePrograms(actor)).includes("INDIRECT_RESELLER")) throw notFound("page");
  return partnerId;
}

export const PROVIDERS_PAGE_SIZE = 25;
