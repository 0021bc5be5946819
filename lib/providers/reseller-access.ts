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
  if (!partnerId || !(await listActivePrograms(actor)).includes("INDIRECT_RESELLER")) throw notFound("The page");
  return partnerId;
}

export const PROVIDERS_PAGE_SIZE = 25;
const MAX_PAGE = 10_000;

/** A page number from the URL: a whole number from 1 to MAX_PAGE; anything else is clamped or page 1. */
export function pageNumber(value: unknown): number {
  const page = Math.trunc(Number(value ?? 1));
  return Number.isFinite(page) ? Math.max(1, Math.min(page, MAX_PAGE)) : 1;
}
