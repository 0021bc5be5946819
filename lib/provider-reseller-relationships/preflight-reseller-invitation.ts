import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db, type Tx } from "@/lib/db/client";
import { DomainError, ruleViolation, validationErrorFrom } from "@/lib/errors";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { getTransactReadiness, type TransactReadiness } from "@/lib/partners/get-transact-readiness";
import { isUuid } from "@/lib/text";
import {
  listPartnershipViolations,
  loadActiveProvider,
  partnerForRulesSelect,
  type PartnerForRules,
} from "./partnership-rules";
import { type ResellerInvitationInput, resellerInvitationSchema } from "./reseller-invitation-input";

export type ResellerPreflight = {
  provider: PartnerForRules;
  /** The reseller the invitation would go to: the one picked, or the one the email's user belongs to. */
  reseller: PartnerForRules | null;
  email: string;
  /** Every check that would fail, each naming itself ("R2: …"); empty: the invitation may be created. */
  violations: DomainError[];
  /** R5, for information: linking is allowed before, transacting only after these steps. */
  readiness: TransactReadiness | null;
};

/**
 * "Check" on Invite a reseller (P-reseller-invite, active indirect providers only): runs exactly
 * the rules authorization will run (listPartnershipViolations: yourself, enrolled reseller incl.
 * R14, R2 region, existing relationship) plus what creation needs (R16: no pending invitation to
 * the same reseller or address; the address is a user of the reseller) and returns all failures.
 *
 * Privacy decision: the pre-flight answers only what the check needs. With a reseller picked, it
 * says whether the address is an active user of *that* reseller's tenant — nothing about other
 * tenants. Without a pick, an address resolves only to an enrolled indirect reseller (which the
 * picker shows anyway); an unknown address, a customer's or another kind of partner's user, a
 * disabled user all get the same answer. Roles are never revealed (the landing page tells a
 * non-Global admin who can authorize, R6).
 */
export async function preflightResellerInvitation(
  actor: UserActor,
  unverifiedInput: ResellerInvitationInput,
  tx?: Tx,
): Promise<ResellerPreflight> {
  assertPermission(actor, "reseller-invite");
  const parsed = resellerInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { email, unverifiedResellerId } = parsed.data;
  const client = tx ?? db();
  const provider = await loadActiveProvider(client, actor);
  const result = (
    reseller: PartnerForRules | null,
    violations: DomainError[],
    readiness: TransactReadiness | null = null,
  ): ResellerPreflight => ({
    provider,
    reseller,
    email,
    violations,
    readiness,
  });

  let reseller: PartnerForRules | null;
  const violations: DomainError[] = [];
  if (unverifiedResellerId) {
    reseller = isUuid(unverifiedResellerId)
      ? await client.partnerOrganization.findUnique({
          where: { id: unverifiedResellerId },
          select: partnerForRulesSelect,
        })
      : null;
    if (!reseller) return result(null, [new DomainError("NOT_FOUND", "partnerships.rules.pickedNotFound")]);
    const member = await client.user.findFirst({
      where: { email, tenantId: reseller.tenantId, status: "ACTIVE" },
      select: { id: true },
    });
    if (!member) {
      violations.push(
        new DomainError("CONFLICT", "partnerships.rules.emailNotInReseller", {
          fieldErrors: { email: "partnerships.rules.emailNotInReseller" },
          vars: { email, reseller: reseller.legalName },
        }),
      );
    }
  } else {
    const user = await client.user.findUnique({
      where: { email },
      select: {
        status: true,
        tenant: {
          select: {
            partner: {
              select: {
                ...partnerForRulesSelect,
                enrollments: {
                  where: { ...activeEnrollmentWhere, program: "INDIRECT_RESELLER" },
                  select: { id: true },
                },
              },
            },
          },
        },
      },
    });
    const partner = user?.status === "ACTIVE" ? user.tenant.partner : null;
    if (partner?.id === provider.id) return result(null, await listPartnershipViolations(client, provider, partner));
    if (!partner || partner.enrollments.length === 0) {
      return result(null, [
        new DomainError("CONFLICT", "partnerships.rules.noResellerForEmail", {
          fieldErrors: { email: "partnerships.rules.noResellerForEmail" },
          vars: { email },
        }),
      ]);
    }
    reseller = {
      id: partner.id,
      tenantId: partner.tenantId,
      legalName: partner.legalName,
      pnId: partner.pnId,
      countryCode: partner.countryCode,
    };
  }

  violations.push(...(await listPartnershipViolations(client, provider, reseller)));
  if (reseller.id !== provider.id) {
    const pending = await client.invitation.findFirst({
      where: {
        inviterId: provider.id,
        kind: "RESELLER_PARTNERSHIP",
        status: "PENDING",
        OR: [{ intendedEmail: email }, { targetPartnerId: reseller.id }],
      },
      select: { intendedEmail: true },
    });
    if (pending) {
      violations.push(
        ruleViolation("R16", "partnerships.rules.pending", {
          reseller: reseller.legalName,
          email: pending.intendedEmail ?? email,
        }),
      );
    }
  }
  const readiness = violations.length === 0 ? await getTransactReadiness(reseller.id, tx) : null;
  return result(reseller, violations, readiness);
}
