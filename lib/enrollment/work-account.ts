import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { checkPasswordPolicy, passwordMinimum } from "@/lib/auth/password";
import { countSignInAttempt } from "@/lib/auth/rate-limit";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError, validationError, validationErrorFrom } from "@/lib/errors";
import type { AgentRole, TenantKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { createWorkAccountSchema, type CreateWorkAccountInput } from "./enrollment-input";
import { webmailDomainOf } from "./webmail";

// The parts a new work account shares between the partner enrollment ("Create one") and the
// customer invitation's "Create a customer account": input rules, throttle, creation, conflicts.

/** Parses a new work account's form (organization, domain, country, admin, password): no web-mail domain, the admin password policy. */
export function parseWorkAccountInput(unverifiedInput: unknown): CreateWorkAccountInput {
  const parsed = createWorkAccountSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  // A work account's domain is the organization's own, never a web-mail service's.
  if (webmailDomainOf(input.domain)) throw validationError({ domain: "enroll.account.domainWebmail" });
  const problem = checkPasswordPolicy(input.password, { isAdmin: true, email: input.email, name: input.adminName });
  if (problem) throw validationError({ password: `password.${problem}` }, { min: passwordMinimum(true) });
  return input;
}

/** Counts one account creation from `ip` and refuses with RATE_LIMITED when the address is throttled (ENGINEERING §3). */
export async function throttleAccountCreation(ip: string): Promise<void> {
  const wait = await countSignInAttempt([{ name: "ip", id: `create-account:${ip}` }]);
  if (wait > 0)
    throw new DomainError("RATE_LIMITED", "enroll.account.rateLimited", { vars: { minutes: Math.ceil(wait / 60) } });
}

/**
 * Inside the caller's transaction, creates the tenant (unique primary domain, country), its first
 * user as Global admin with `agentRole`, and the `tenant.created` audit event (plus `auditAfter`).
 * Unsafe: no checks of its own — the caller has parsed, throttled and checked its rules.
 */
export async function unsafeCreateTenantWithAdmin(
  tx: Tx,
  input: CreateWorkAccountInput & { passwordHash: string },
  options: { kind: TenantKind; agentRole: AgentRole; locale: Locale; ip: string; auditAfter?: Record<string, string> },
) {
  const { kind, agentRole } = options;
  const tenant = await tx.tenant.create({
    data: { kind, name: input.organizationName, primaryDomain: input.domain, countryCode: input.countryCode },
    select: { id: true, name: true, primaryDomain: true, countryCode: true },
  });
  const user = await tx.user.create({
    data: {
      tenantId: tenant.id,
      name: input.adminName,
      email: input.email,
      passwordHash: input.passwordHash,
      agentRole,
      adminRole: "GLOBAL_ADMIN",
      preferredLocale: options.locale,
    },
    select: { id: true, email: true, name: true },
  });
  const actor: UserActor = {
    kind: "user",
    userId: user.id,
    tenantId: tenant.id,
    partnerId: null,
    email: user.email,
    name: user.name,
    agentRole,
    adminRole: "GLOBAL_ADMIN",
    ip: options.ip,
  };
  await recordAuditEvent(tx, {
    actor,
    tenantId: tenant.id,
    action: "tenant.created",
    target: { type: "tenant", id: tenant.id, label: tenant.primaryDomain },
    after: {
      name: tenant.name,
      primaryDomain: tenant.primaryDomain,
      countryCode: tenant.countryCode,
      globalAdmin: user.email,
      ...options.auditAfter,
    },
  });
  return { tenant, user, actor };
}

/** Maps a unique violation on the tenant's primary domain or the user's email to its field error; anything else → undefined. */
export function workAccountConflict(error: unknown): DomainError | undefined {
  if (isUniqueViolation(error, "primary_domain") || isUniqueViolation(error, "primaryDomain"))
    return validationError({ domain: "enroll.account.domainTaken" });
  if (isUniqueViolation(error, "email")) return validationError({ email: "enroll.account.emailTaken" });
  return undefined;
}
