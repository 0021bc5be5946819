import "server-only";
import { SYSTEM } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { wakeEmailWorker } from "@/lib/email/worker";
import { webmailDomainOf } from "@/lib/enrollment/webmail";
import {
  parseWorkAccountInput,
  throttleAccountCreation,
  unsafeCreateTenantWithAdmin,
  workAccountConflict,
} from "@/lib/enrollment/work-account";
import { DomainError, validationError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { listCustomerRuleViolations } from "@/lib/customers/customer-relationship-rules";
import { changedMeanwhileRefusal, claimInvitation, findPendingInvitation } from "@/lib/invitations/find-invitation";
import { partnerIdsOf } from "@/lib/invitations/invitation-kinds";
import { recordInvitationRefusal } from "@/lib/invitations/record-invitation-refusal";
import { findIntendedTenant } from "./customer-invitation-access";
import { CUSTOMER_INVITATION_KINDS } from "./customer-invitation-kinds";
import { asCustomerInvitation, establishCustomerRelationships, RuleRefusal } from "./establish-customer-relationships";

const KINDS = CUSTOMER_INVITATION_KINDS.kinds;

/**
 * "Create a customer account" on the landing page of a customer invitation, for a customer
 * without a work account: a new CUSTOMER tenant (company name, unique primary domain, country)
 * and its Global admin (name, email at that domain, password — the partner enrollment's rules),
 * and the acceptance, in ONE transaction — so the new admin doesn't have to press Accept again
 * and a refused rule never leaves an orphan tenant behind. R1 for the chosen country runs before
 * anything is hashed or created (a refusal is recorded for the sender like any other, R16), and
 * every rule runs again inside the transaction with the claimed invitation (R1, R5, R8). R16
 * personalized: a request sent to a known tenant's address can't be taken by a new tenant, and one
 * sent to an unknown address makes that address's domain the new tenant's primary domain. The
 * claim matches the token's hash, so a link resent meanwhile creates nothing. The caller signs the
 * new admin in afterwards.
 */
export async function createCustomerAccountAndAccept(
  unverifiedToken: unknown,
  unverifiedInput: unknown,
  meta: { locale: Locale; ip: string },
) {
  const token = typeof unverifiedToken === "string" ? unverifiedToken : "";
  const invitation = asCustomerInvitation(await findPendingInvitation(db(), token, KINDS));

  const input = parseWorkAccountInput(unverifiedInput);

  // R16 personalized: a request sent to a known tenant's address is that tenant's to accept, never a
  // new tenant's; to an unknown address, the new tenant's primary domain is the address's domain.
  if (await findIntendedTenant(db(), invitation.intendedEmail)) {
    throw new DomainError("FORBIDDEN", "invites.account.intendedTenantExists", { rule: "R16" });
  }
  const intendedDomain = invitation.intendedEmail?.trim().toLowerCase().split("@")[1];
  if (intendedDomain && !webmailDomainOf(intendedDomain) && input.domain !== intendedDomain) {
    throw validationError({ domain: "invites.account.domainNotIntended" }, { domain: intendedDomain });
  }

  // Account creation is throttled per client address like sign-in (ENGINEERING §3) — before the
  // rule pre-check, whose refusal writes audit rows, so a loop of refused posts writes nothing more.
  await throttleAccountCreation(meta.ip);

  // R1 (and the rest) for the chosen country before anything exists: a refused customer keeps nothing.
  const [violation] = await listCustomerRuleViolations(db(), {
    partnerIds: partnerIdsOf(invitation),
    customer: { countryCode: input.countryCode },
  });
  if (violation) {
    await recordInvitationRefusal({
      invitation,
      ruleId: violation.details.rule ?? "EXISTING",
      refusal: violation,
      actor: SYSTEM,
      inviteeName: input.organizationName,
    });
    throw violation;
  }

  const passwordHash = await hashPassword(input.password);
  try {
    const result = await db().$transaction(async (tx) => {
      const { tenant, user, actor } = await unsafeCreateTenantWithAdmin(
        tx,
        { ...input, passwordHash },
        {
          kind: "CUSTOMER",
          agentRole: "NO_AGENT",
          ...meta,
          auditAfter: { kind: "CUSTOMER", invitationId: invitation.id },
        },
      );
      const claimed = await claimInvitation(tx, invitation.id, token, { userId: user.id, tenantId: tenant.id });
      if (!claimed) throw await changedMeanwhileRefusal(tx, unverifiedToken, KINDS);
      const { relationshipIds } = await establishCustomerRelationships(tx, {
        invitation: asCustomerInvitation(claimed),
        customer: { tenantId: tenant.id, name: tenant.name },
        actor,
      });
      return { tenantId: tenant.id, userId: user.id, email: user.email, customerName: tenant.name, relationshipIds };
    });
    wakeEmailWorker();
    return result;
  } catch (error) {
    if (error instanceof RuleRefusal) {
      await recordInvitationRefusal({
        invitation,
        ruleId: error.ruleId,
        refusal: error.refusal,
        actor: SYSTEM,
        inviteeName: input.organizationName,
      });
      throw error.refusal;
    }
    throw workAccountConflict(error) ?? error;
  }
}
