import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { checkPasswordPolicy, hashPassword, passwordMinimum } from "@/lib/auth/password";
import { countSignInAttempt } from "@/lib/auth/rate-limit";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError, validationError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/forms";
import type { Program } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { createWorkAccountSchema } from "./enrollment-input";
import { webmailDomainOf } from "./webmail";

/**
 * "Create one" (SPEC §1, §2): a new partner work account — the tenant with its unique primary
 * domain and country, and its first user, the enrolling Global admin + Admin agent — plus the
 * enrollment draft for `program`, in one transaction. The caller signs the user in afterwards.
 */
export async function createWorkAccount(unverifiedInput: unknown, program: Program, meta: { locale: Locale; ip: string }) {
  const parsed = createWorkAccountSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationError(fieldErrorsFrom(parsed.error));
  const input = parsed.data;
  // A work account's domain is the organization's own, never a web-mail service's.
  if (webmailDomainOf(input.domain)) throw validationError({ domain: "enroll.account.domainWebmail" });
  const problem = checkPasswordPolicy(input.password, { isAdmin: true, email: input.email, name: input.adminName });
  if (problem) throw validationError({ password: `password.${problem}` }, { min: passwordMinimum(true) });

  // Account creation is throttled per client address like sign-in (ENGINEERING §3).
  const wait = await countSignInAttempt([{ name: "ip", id: `create-account:${meta.ip}` }]);
  if (wait > 0) throw new DomainError("RATE_LIMITED", "Too many attempts.", { messageKey: "enroll.account.rateLimited", vars: { minutes: Math.ceil(wait / 60) } });

  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const tenant = await tx.tenant.create({
        data: { kind: "PARTNER", name: input.organizationName, primaryDomain: input.domain, countryCode: input.countryCode },
        select: { id: true, name: true, primaryDomain: true, countryCode: true },
      });
      const user = await tx.user.create({
        data: {
          tenantId: tenant.id, name: input.adminName, email: input.email, passwordHash,
          agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN", preferredLocale: meta.locale,
        },
        select: { id: true, email: true, name: true },
      });
      await tx.enrollmentDraft.create({ data: { tenantId: tenant.id, program, startedByUserId: user.id } });
      const actor: UserActor = {
        kind: "user", userId: user.id, tenantId: tenant.id, partnerId: null, email: user.email, name: user.name,
        agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN", ip: meta.ip,
      };
      await recordAuditEvent(tx, {
        actor,
        tenantId: tenant.id,
        action: "tenant.created",
        target: { type: "tenant", id: tenant.id, label: tenant.primaryDomain },
        after: { name: tenant.name, primaryDomain: tenant.primaryDomain, countryCode: tenant.countryCode, globalAdmin: user.email },
      });
      return { tenantId: tenant.id, userId: user.id, email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "primary_domain") || isUniqueViolation(error, "primaryDomain")) throw validationError({ domain: "enroll.account.domainTaken" });
    if (isUniqueViolation(error, "email")) throw validationError({ email: "enroll.account.emailTaken" });
    throw error;
  }
}
