import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { regionOf } from "@/lib/regions";

/** A partner as the provider–reseller rules see it. */
export type PartnerForRules = { id: string; tenantId: string; legalName: string; pnId: string; countryCode: string };

export const partnerForRulesSelect = {
  id: true,
  tenantId: true,
  legalName: true,
  pnId: true,
  countryCode: true,
} as const;

/**
 * The actor's own partner as an active indirect provider (P-reseller-invite's pages and calls are
 * for providers only); anything else answers NOT_FOUND like a missing page.
 */
export async function loadActiveProvider(client: DbClient, actor: UserActor): Promise<PartnerForRules> {
  if (!actor.partnerId) throw notFound();
  const provider = await client.partnerOrganization.findFirst({
    where: {
      id: actor.partnerId,
      tenantId: actor.tenantId,
      enrollments: { some: { ...activeEnrollmentWhere, program: "INDIRECT_PROVIDER" } },
    },
    select: partnerForRulesSelect,
  });
  if (!provider) throw notFound();
  return provider;
}

/**
 * The rules authorizing an indirect provider runs, and the pre-flight before sending runs the
 * same (R16), each failure naming itself; an empty list means the pair may be linked (one query):
 * - not yourself; the provider still holds an approved indirect provider program;
 * - the reseller is an enrolled indirect reseller with active capabilities (R14: a direct-bill
 *   partner's move counts only after "Accept and continue");
 * - R2: both in the same region;
 * - no ACTIVE relationship between the two yet (one per pair; ended ones are history).
 */
export async function listPartnershipViolations(
  client: DbClient,
  provider: PartnerForRules,
  reseller: PartnerForRules,
): Promise<DomainError[]> {
  if (provider.id === reseller.id) {
    return [new DomainError("CONFLICT", "partnerships.rules.self")];
  }
  const states = await client.partnerOrganization.findMany({
    where: { id: { in: [provider.id, reseller.id] } },
    select: {
      id: true,
      enrollments: {
        where: { program: { in: ["INDIRECT_PROVIDER", "INDIRECT_RESELLER"] }, status: "APPROVED" },
        select: { program: true, viaTransition: true },
      },
      agreementAcceptances: { where: { kind: "INDIRECT_RESELLER_AGREEMENT" }, select: { id: true }, take: 1 },
      resellerOf: { where: { providerId: provider.id, status: "ACTIVE" }, select: { id: true } },
    },
  });
  const providerState = states.find((state) => state.id === provider.id);
  const state = states.find((state) => state.id === reseller.id) ?? {
    enrollments: [],
    agreementAcceptances: [],
    resellerOf: [],
  };
  const violations: DomainError[] = [];
  if (!providerState?.enrollments.some((enrollment) => enrollment.program === "INDIRECT_PROVIDER")) {
    violations.push(
      new DomainError("CONFLICT", "partnerships.rules.notProvider", { vars: { provider: provider.legalName } }),
    );
  }
  const approved = state.enrollments.find((enrollment) => enrollment.program === "INDIRECT_RESELLER");
  if (!approved) {
    violations.push(
      new DomainError("CONFLICT", "partnerships.rules.notReseller", { vars: { reseller: reseller.legalName } }),
    );
  } else if (approved.viaTransition && state.agreementAcceptances.length === 0) {
    violations.push(ruleViolation("R14", "partnerships.rules.R14", { reseller: reseller.legalName }));
  }
  const resellerRegion = regionOf(reseller.countryCode);
  const providerRegion = regionOf(provider.countryCode);
  if (resellerRegion !== providerRegion) {
    violations.push(
      ruleViolation("R2", "partnerships.rules.R2", {
        reseller: reseller.legalName,
        resellerRegion: `region.${resellerRegion}`,
        provider: provider.legalName,
        providerRegion: `region.${providerRegion}`,
      }),
    );
  }
  if (state.resellerOf.length > 0) {
    violations.push(alreadyLinked(provider.legalName, reseller.legalName));
  }
  return violations;
}

/** The pair already has an ACTIVE relationship (one per pair). */
export const alreadyLinked = (provider: string, reseller: string, rule?: "R16") =>
  new DomainError("CONFLICT", "partnerships.rules.existing", { rule, vars: { provider, reseller } });

/**
 * The reseller partner a reseller invitation is bound to: the one picked when it was created,
 * else the partner whose tenant the invited address belongs to (null: none).
 */
export async function invitedResellerId(
  client: DbClient,
  invitation: { targetPartnerId: string | null; intendedEmail: string | null },
): Promise<string | null> {
  if (invitation.targetPartnerId || !invitation.intendedEmail) return invitation.targetPartnerId;
  const user = await client.user.findUnique({
    where: { email: invitation.intendedEmail },
    select: { tenant: { select: { partner: { select: { id: true } } } } },
  });
  return user?.tenant.partner?.id ?? null;
}
