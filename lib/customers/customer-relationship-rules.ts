import "server-only";
import type { DbClient } from "@/lib/db/client";
import { DomainError, notFound, ruleViolation } from "@/lib/errors";
import { regionOf } from "@/lib/regions";
import { isUuid } from "@/lib/text";

/** Who would become the customer: a tenant that exists, or one about to be created (R9, a new work account). */
export type CustomerCandidate = { tenantId: string } | { countryCode: string };

/**
 * The rules every new reseller relationship with a customer runs (R1, R3, R4, and "no second
 * active relationship"), for each partner that would get one: one partner for a request, the
 * reseller and its provider for a joint invitation or a customer created for a reseller (R8/R9).
 * The same function serves the pre-flight check before sending (which shows every violation)
 * and the acceptance (which refuses with the first), so both say the same thing. Partners are
 * trusted ids (the caller loaded them from the session or the invitation). Pass the caller's
 * transaction when it decides inside one.
 */
export async function listCustomerRuleViolations(
  client: DbClient,
  input: { partnerIds: string[]; customer: CustomerCandidate },
): Promise<DomainError[]> {
  const partners = await client.partnerOrganization.findMany({
    where: { id: { in: input.partnerIds } },
    select: { id: true, legalName: true, countryCode: true, tenantId: true },
  });
  const existing =
    "tenantId" in input.customer && isUuid(input.customer.tenantId)
      ? await client.tenant.findUnique({
          where: { id: input.customer.tenantId },
          select: {
            id: true,
            kind: true,
            name: true,
            countryCode: true,
            partner: {
              select: {
                id: true,
                resellerOf: {
                  where: { status: "ACTIVE", providerId: { in: input.partnerIds } },
                  select: { providerId: true },
                },
              },
            },
            customerRelationships: {
              where: { status: "ACTIVE", partnerId: { in: input.partnerIds } },
              select: { partnerId: true },
            },
          },
        })
      : null;
  if ("tenantId" in input.customer && !existing) return [notFound("customer")];
  const countryCode = existing ? existing.countryCode : (input.customer as { countryCode: string }).countryCode;
  const name = (id: string) => partners.find((partner) => partner.id === id)?.legalName ?? "";
  const violations: DomainError[] = [];

  if (existing?.kind === "PARTNER") {
    const provider = existing.partner?.resellerOf[0]?.providerId;
    violations.push(
      provider
        ? ruleViolation("R4", "rules.R4", { reseller: existing.name, provider: name(provider) })
        : ruleViolation("R3", "rules.R3", { name: existing.name }),
    );
    return violations; // R1 and duplicates say nothing more about a tenant that can't be a customer
  }

  const customerRegion = regionOf(countryCode);
  for (const partner of partners) {
    const partnerRegion = regionOf(partner.countryCode);
    if (partnerRegion !== customerRegion) {
      violations.push(
        ruleViolation("R1", "rules.R1", {
          customerRegion: `region.${customerRegion}`,
          partner: partner.legalName,
          partnerRegion: `region.${partnerRegion}`,
        }),
      );
    }
  }
  for (const relationship of existing?.customerRelationships ?? []) {
    violations.push(
      new DomainError("CONFLICT", "rules.existingRelationship", {
        vars: { customer: existing!.name, partner: name(relationship.partnerId) },
      }),
    );
  }
  return violations;
}

/** Throws the first violation: for acceptance and creation, which stop at the first broken rule. */
export async function assertCustomerRules(
  client: DbClient,
  input: { partnerIds: string[]; customer: CustomerCandidate },
): Promise<void> {
  const [first] = await listCustomerRuleViolations(client, input);
  if (first) throw first;
}
