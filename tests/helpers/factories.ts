// Test data built in code (ENGINEERING §4). Every name, domain, email and PN ID carries a
// unique suffix, so integration test files can run in parallel on one database.
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type {
  AdminRole,
  AgentRole,
  Channel,
  EnrollmentStatus,
  InvitationKind,
  InvitationStatus,
  Program,
  RelationshipStatus,
  TenantKind,
} from "@/lib/generated/prisma/enums";
import { testDb } from "./db";

/** Password of every factory user (long enough for admins, not on the common list). */
export const TEST_PASSWORD = "factory-Passw0rd-for-tests";
export const CURRENT_AGREEMENT_VERSION = "2026-01";

export const unique = () => randomBytes(5).toString("hex");

const hashes = new Map<string, Promise<string>>();
/** argon2id via lib/auth/password.ts, hashed once per password per worker (it is slow by design). */
export function passwordHashOf(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export async function createTenant(
  input: { kind?: TenantKind; name?: string; countryCode?: string; domain?: string } = {},
) {
  const id = unique();
  const name = input.name ?? `Tenant ${id}`;
  return testDb().tenant.create({
    data: {
      kind: input.kind ?? "CUSTOMER",
      name,
      countryCode: input.countryCode ?? "DE",
      primaryDomain: input.domain ?? `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${id}.example`,
    },
  });
}

export async function createUser(input: {
  tenantId: string;
  agentRole?: AgentRole;
  adminRole?: AdminRole;
  email?: string;
  name?: string;
  password?: string;
  mustChangePassword?: boolean;
}) {
  const id = unique();
  const password = input.password ?? TEST_PASSWORD;
  const user = await testDb().user.create({
    data: {
      tenantId: input.tenantId,
      name: input.name ?? `User ${id}`,
      email: input.email ?? `user-${id}@example.test`,
      passwordHash: await passwordHashOf(password),
      agentRole: input.agentRole ?? "NO_AGENT",
      adminRole: input.adminRole ?? "NO_ADMIN",
      mustChangePassword: input.mustChangePassword ?? false,
    },
  });
  return { ...user, password };
}

/** A partner tenant enrolled in `programs`, with its enrolling user (Global admin + Admin agent). */
export async function createPartner(
  input: {
    programs?: Program[];
    status?: EnrollmentStatus;
    agreementAccepted?: boolean;
    countryCode?: string;
    name?: string;
    withAdmin?: boolean;
  } = {},
) {
  const countryCode = input.countryCode ?? "DE";
  const tenant = await createTenant({ kind: "PARTNER", countryCode, name: input.name ?? `Partner ${unique()}` });
  const admin =
    input.withAdmin === false
      ? null
      : await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" });
  const status = input.status ?? "APPROVED";
  const decided = status === "APPROVED" || status === "REJECTED";
  const partner = await testDb().partnerOrganization.create({
    data: {
      tenantId: tenant.id,
      pnId: `PN-${unique()}`,
      legalName: `${tenant.name} Ltd`,
      addressLine1: "1 Test Street",
      city: "Testville",
      postalCode: "10115",
      countryCode,
      contactName: "Casey Contact",
      contactEmail: `contact-${unique()}@${tenant.primaryDomain}`,
      contactPhone: "+49 30 1234567",
      contactEmailVerifiedAt: status === "AWAITING_EMAIL_VERIFICATION" ? null : new Date(),
      supportEmail: `support@${tenant.primaryDomain}`,
      enrollments: {
        create: (input.programs ?? ["INDIRECT_RESELLER"]).map((program) => ({
          program,
          status,
          startedByUserId: admin?.id ?? null,
          decidedAt: decided ? new Date() : null,
        })),
      },
      agreementAcceptances:
        input.agreementAccepted === false
          ? undefined
          : {
              create: {
                kind: "PARTNER_AGREEMENT",
                version: CURRENT_AGREEMENT_VERSION,
                acceptedByUserId: admin?.id ?? null,
                signerName: "Casey Signer",
                signerTitle: "CEO",
              },
            },
    },
    include: { enrollments: true, agreementAcceptances: true },
  });
  return { tenant, partner, admin };
}

/** A customer tenant with its Global admin. */
export async function createCustomer(input: { countryCode?: string; name?: string; withAdmin?: boolean } = {}) {
  const tenant = await createTenant({
    kind: "CUSTOMER",
    countryCode: input.countryCode,
    name: input.name ?? `Customer ${unique()}`,
  });
  const admin = input.withAdmin === false ? null : await createUser({ tenantId: tenant.id, adminRole: "GLOBAL_ADMIN" });
  return { tenant, admin };
}

export function createCustomerRelationship(input: {
  partnerId: string;
  customerTenantId: string;
  channel?: Channel;
  linkedPartnerId?: string | null;
  status?: RelationshipStatus;
}) {
  const ended = input.status === "ENDED";
  return testDb().customerRelationship.create({
    data: {
      partnerId: input.partnerId,
      customerTenantId: input.customerTenantId,
      channel: input.channel ?? "INDIRECT",
      linkedPartnerId: input.linkedPartnerId ?? null,
      status: input.status ?? "ACTIVE",
      endedAt: ended ? new Date() : null,
    },
  });
}

export function createProviderResellerRelationship(input: {
  providerId: string;
  resellerId: string;
  status?: RelationshipStatus;
}) {
  const ended = input.status === "ENDED";
  return testDb().providerResellerRelationship.create({
    data: {
      providerId: input.providerId,
      resellerId: input.resellerId,
      status: input.status ?? "ACTIVE",
      endedAt: ended ? new Date() : null,
      endReason: ended ? "Ended by a test" : null,
    },
  });
}

/** An invitation row; returns the raw token too (only its SHA-256 is stored, R16). */
export async function createInvitation(input: {
  inviterId: string;
  kind?: InvitationKind;
  intendedEmail?: string;
  status?: InvitationStatus;
  expiresAt?: Date;
  sentByUserId?: string | null;
}) {
  const kind = input.kind ?? "CUSTOMER_RELATIONSHIP";
  const token = randomBytes(32).toString("base64url");
  const invitation = await testDb().invitation.create({
    data: {
      kind,
      inviterId: input.inviterId,
      sentByUserId: input.sentByUserId ?? null,
      intendedEmail: input.intendedEmail ?? `invitee-${unique()}@example.test`,
      intendedTenantKind: kind === "RESELLER_PARTNERSHIP" ? "PARTNER" : "CUSTOMER",
      tokenHash: createHash("sha256").update(token).digest("hex"),
      status: input.status ?? "PENDING",
      expiresAt: input.expiresAt ?? new Date(Date.now() + 30 * 24 * 3600 * 1000),
      acceptedAt: input.status === "ACCEPTED" ? new Date() : null,
      revokedAt: input.status === "REVOKED" ? new Date() : null,
    },
  });
  return { ...invitation, token };
}
