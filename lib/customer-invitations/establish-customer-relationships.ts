import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError, isDomainError, ruleViolation } from "@/lib/errors";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { InvitationRow } from "@/lib/invitations/find-invitation";
import { partnerIdsOf } from "@/lib/invitations/invitation-kinds";
import { notifyInvitationSender } from "@/lib/invitations/notify-invitation-sender";
import { getTransactReadiness, type TransactStep } from "@/lib/partners/get-transact-readiness";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { assertCustomerRules } from "@/lib/customers/customer-relationship-rules";

/** A customer invitation as its link opens it (lib/invitations' row, narrowed to the customer kinds). */
export type CustomerInvitation = InvitationRow & { kind: "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT" };

/** The row of a customer kind (the callers found it with CUSTOMER_INVITATION_KINDS). */
export function asCustomerInvitation(row: InvitationRow): CustomerInvitation {
  if (row.kind === "RESELLER_PARTNERSHIP") throw new Error(`invitation ${row.id} is not a customer invitation`);
  return row as CustomerInvitation;
}

/** A rule refused the acceptance: the transaction rolls back, then the caller records the refusal (R16). */
export class RuleRefusal extends Error {
  constructor(
    readonly refusal: DomainError,
    /** What the sender sees as the refused rule: "R1", "R3", "R4", "R5", or "EXISTING" for an existing relationship. */
    readonly ruleId: string,
  ) {
    super(refusal.message);
    this.name = "RuleRefusal";
  }
}

const asRefusal = (error: unknown): unknown =>
  isDomainError(error) && (error.code === "RULE" || error.code === "CONFLICT")
    ? new RuleRefusal(error, error.details.rule ?? "EXISTING")
    : error;

const STEP_KEYS: Record<TransactStep, MessageKey> = {
  account: "invites.accept.step.account",
  approved_reseller_enrollment: "invites.accept.step.approved_reseller_enrollment",
  partner_agreement: "invites.accept.step.partner_agreement",
};
const NOT_READY_KEYS: MessageKey[] = [
  "invites.accept.R5notReady1",
  "invites.accept.R5notReady2",
  "invites.accept.R5notReady3",
];

/** R5 for a joint invitation: the provider–reseller relationship is still ACTIVE (row share-locked until commit) and the reseller ready to transact. */
async function assertJointPartnersMayTransact(tx: Tx, resellerId: string, providerId: string) {
  const reseller = await tx.partnerOrganization.findUniqueOrThrow({
    where: { id: resellerId },
    select: { legalName: true },
  });
  const provider = await tx.partnerOrganization.findUniqueOrThrow({
    where: { id: providerId },
    select: { legalName: true },
  });
  // FOR SHARE: an operator ending this relationship at the same moment (R15) waits for this
  // acceptance to commit, or this read waits for the end to commit and then sees no ACTIVE row.
  const [link] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM provider_reseller_relationships
    WHERE provider_id = ${providerId}::uuid AND reseller_id = ${resellerId}::uuid AND status = 'ACTIVE'
    FOR SHARE`;
  const names = { reseller: reseller.legalName, provider: provider.legalName };
  if (!link) {
    throw ruleViolation("R5", "invites.accept.R5noRelationship", names);
  }
  const readiness = await getTransactReadiness(resellerId, tx);
  if (!readiness.ready) {
    const steps = readiness.missing;
    throw ruleViolation("R5", NOT_READY_KEYS[steps.length - 1], {
      ...names,
      ...Object.fromEntries(steps.map((step, index) => [`step${index + 1}`, STEP_KEYS[step]])),
    });
  }
}

/** A single request's channel: direct-bill when the inviter is active in the DIRECT_BILL program (R10), else indirect. */
async function channelOf(tx: Tx, partnerId: string): Promise<Channel> {
  const directBill = await tx.programEnrollment.count({
    where: { ...activeEnrollmentWhere, partnerId, program: "DIRECT_BILL" },
  });
  return directBill > 0 ? "DIRECT_BILL" : "INDIRECT";
}

/**
 * Inside the acceptance's transaction, after the invitation was claimed (status ACCEPTED): the
 * rules every new customer relationship runs (R1, R3, R4, existing relationship) for every partner
 * that gets one, R5 again for a joint invitation, then the rows — a joint invitation's two
 * (reseller's and provider's, each linked to the other) or none (R8); a single request's one —
 * the audit events in the customer's and each partner's tenant, and the sender's email. Existing
 * relationships of the customer with other partners are not touched (R11). A refused rule is
 * thrown as RuleRefusal so the caller can record it after the rollback.
 */
export async function establishCustomerRelationships(
  tx: Tx,
  input: { invitation: CustomerInvitation; customer: { tenantId: string; name: string }; actor: UserActor },
): Promise<{ relationshipIds: string[] }> {
  const { invitation, customer, actor } = input;
  const partnerIds = partnerIdsOf(invitation);
  try {
    await assertCustomerRules(tx, { partnerIds, customer: { tenantId: customer.tenantId } });
    if (invitation.coInviterId) await assertJointPartnersMayTransact(tx, invitation.inviterId, invitation.coInviterId);
  } catch (error) {
    throw asRefusal(error);
  }

  const rows: { partnerId: string; channel: Channel; linkedPartnerId: string | null }[] = invitation.coInviterId
    ? [
        { partnerId: invitation.inviterId, channel: "INDIRECT", linkedPartnerId: invitation.coInviterId },
        { partnerId: invitation.coInviterId, channel: "INDIRECT", linkedPartnerId: invitation.inviterId },
      ]
    : [{ partnerId: invitation.inviterId, channel: await channelOf(tx, invitation.inviterId), linkedPartnerId: null }];

  const partners = await tx.partnerOrganization.findMany({
    where: { id: { in: partnerIds } },
    select: { id: true, legalName: true, tenantId: true },
  });
  const partnerOf = (id: string) => partners.find((partner) => partner.id === id)!;
  const created: { id: string; partnerId: string; channel: Channel; linkedPartnerId: string | null }[] = [];
  for (const row of rows) {
    try {
      // One at a time, in order: the reseller's row, then the provider's (R8: both or neither).
      created.push(
        await tx.customerRelationship.create({
          data: { ...row, customerTenantId: customer.tenantId, invitationId: invitation.id },
          select: { id: true, partnerId: true, channel: true, linkedPartnerId: true },
        }),
      );
    } catch (error) {
      // A relationship that appeared meanwhile (another invitation accepted at the same time): the unique index decides.
      if (!isUniqueViolation(error)) throw error;
      const name = partnerOf(row.partnerId).legalName;
      const refusal = new DomainError("CONFLICT", "rules.existingRelationship", {
        vars: { customer: customer.name, partner: name },
      });
      throw new RuleRefusal(refusal, "EXISTING");
    }
  }

  const summary = created.map((row) => ({
    partner: partnerOf(row.partnerId).legalName,
    channel: row.channel,
    linkedPartner: row.linkedPartnerId ? partnerOf(row.linkedPartnerId).legalName : null,
  }));
  const invitationTarget = { type: "invitation", id: invitation.id, label: customer.name };
  const tenants = [customer.tenantId, ...partners.map((partner) => partner.tenantId)];
  for (const tenantId of tenants) {
    await recordAuditEvent(tx, {
      actor,
      tenantId,
      action: "invitation.accepted",
      target: invitationTarget,
      before: { status: "PENDING" },
      after: { status: "ACCEPTED", kind: invitation.kind, customer: customer.name, relationships: summary },
    });
  }
  for (const row of created) {
    const partner = partnerOf(row.partnerId);
    const target = { type: "customer_relationship", id: row.id, label: `${partner.legalName} – ${customer.name}` };
    const after = {
      partner: partner.legalName,
      customer: customer.name,
      channel: row.channel,
      linkedPartner: row.linkedPartnerId ? partnerOf(row.linkedPartnerId).legalName : null,
      invitationId: invitation.id,
    };
    for (const tenantId of [customer.tenantId, partner.tenantId]) {
      await recordAuditEvent(tx, { actor, tenantId, action: "relationship.customer_established", target, after });
    }
  }
  await notifyInvitationSender(tx, { invitation, update: "ACCEPTED", inviteeName: customer.name });
  return { relationshipIds: created.map((row) => row.id) };
}
