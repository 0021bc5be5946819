// Fixtures for the customer side of customer invitations (tests/integration/customer-acceptance-*):
// invitation rows with a known token (joint ones with their co-inviter), expiry set by the
// database clock, a ready provider + reseller pair, and reads of what acceptance wrote.
import { createHash, randomBytes } from "node:crypto";
import type { InvitationKind, InvitationStatus } from "@/lib/generated/prisma/enums";
import { testDb } from "./db";
import { createPartner, createProviderResellerRelationship, unique } from "./factories";

/** An invitation row and its raw token (only the SHA-256 is stored, R16). `expiredSecondsAgo` uses the database clock. */
export async function createCustomerInvitation(input: {
  inviterId: string;
  coInviterId?: string | null;
  kind?: InvitationKind;
  status?: InvitationStatus;
  sentByUserId?: string | null;
  intendedEmail?: string | null;
  expiredSecondsAgo?: number;
}) {
  const kind = input.kind ?? (input.coInviterId ? "CUSTOMER_JOINT" : "CUSTOMER_RELATIONSHIP");
  const token = randomBytes(32).toString("base64url");
  const invitation = await testDb().invitation.create({
    data: {
      kind,
      inviterId: input.inviterId,
      coInviterId: input.coInviterId ?? null,
      sentByUserId: input.sentByUserId ?? null,
      intendedEmail: input.intendedEmail === undefined ? `customer-${unique()}@example.test` : input.intendedEmail,
      intendedTenantKind: kind === "RESELLER_PARTNERSHIP" ? "PARTNER" : "CUSTOMER",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      status: input.status ?? "PENDING",
      expiresAt: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      revokedAt: input.status === "REVOKED" ? new Date() : null,
      declinedAt: input.status === "DECLINED" ? new Date() : null,
    },
  });
  if (input.expiredSecondsAgo !== undefined) {
    await testDb()
      .$executeRaw`UPDATE invitations SET expires_at = now() - make_interval(secs => ${input.expiredSecondsAgo}::int) WHERE id = ${invitation.id}::uuid`;
  }
  return { ...invitation, token };
}

/** A partner whose legal name is exactly `legalName` (the rules' sentences name it), with its Global admin. */
export async function createNamedPartner(legalName: string, input: Parameters<typeof createPartner>[0] = {}) {
  const created = await createPartner(input);
  const partner = await testDb().partnerOrganization.update({
    where: { id: created.partner.id },
    data: { legalName },
    include: { enrollments: true, agreementAcceptances: true },
  });
  return { ...created, partner };
}

/** An indirect provider and an indirect reseller (both DE, approved, agreement accepted), actively linked (R5 ready). */
export async function createLinkedPair(countryCode = "DE") {
  const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"], countryCode, name: `Provider ${unique()}` });
  const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"], countryCode, name: `Reseller ${unique()}` });
  const link = await createProviderResellerRelationship({
    providerId: provider.partner.id,
    resellerId: reseller.partner.id,
  });
  return { provider, reseller, link };
}

/** A joint invitation from a linked pair, sent by the reseller's Global admin. */
export async function createJointInvitation(
  pair: Awaited<ReturnType<typeof createLinkedPair>>,
  input: { expiredSecondsAgo?: number; intendedEmail?: string | null } = {},
) {
  return createCustomerInvitation({
    inviterId: pair.reseller.partner.id,
    coInviterId: pair.provider.partner.id,
    sentByUserId: pair.reseller.admin!.id,
    ...input,
  });
}

export const invitationRow = (id: string) => testDb().invitation.findUniqueOrThrow({ where: { id } });

export const relationshipsOf = (customerTenantId: string) =>
  testDb().customerRelationship.findMany({ where: { customerTenantId }, orderBy: { startedAt: "asc" } });

export const auditEventsOf = (action: string, targetId: string) =>
  testDb().auditEvent.findMany({
    where: { action, targetId },
    select: { tenantId: true, actorLabel: true, after: true },
  });

/** Invitation-update emails to one address, newest last (the subject says which update). */
export const updateEmailsTo = (address: string) =>
  testDb().outboxEmail.findMany({
    where: { template: "invitation-update", toAddress: address },
    orderBy: { createdAt: "asc" },
    select: { subject: true, text: true, tenantId: true },
  });

/** The error a promise is refused with (a DomainError: code, message, details), or a failure if it succeeds. */
export async function refusalOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; messageKey?: string; details?: { rule?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected a refusal, but the call succeeded");
}
