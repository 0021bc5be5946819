import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { Program } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import {
  parseWorkAccountInput,
  throttleAccountCreation,
  unsafeCreateTenantWithAdmin,
  workAccountConflict,
} from "./work-account";

/**
 * "Create one" (SPEC §1, §2): a new partner work account — the tenant with its unique primary
 * domain and country, and its first user, the enrolling Global admin + Admin agent — plus the
 * enrollment draft for `program`, in one transaction. The caller signs the user in afterwards.
 */
export async function createWorkAccount(
  unverifiedInput: unknown,
  program: Program,
  meta: { locale: Locale; ip: string },
) {
  const input = parseWorkAccountInput(unverifiedInput);
  // Account creation is throttled per client address like sign-in (ENGINEERING §3).
  await throttleAccountCreation(meta.ip);

  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      const { tenant, user } = await unsafeCreateTenantWithAdmin(
        tx,
        { ...input, passwordHash },
        { kind: "PARTNER", agentRole: "ADMIN_AGENT", ...meta },
      );
      await tx.enrollmentDraft.create({ data: { tenantId: tenant.id, program, startedByUserId: user.id } });
      return { tenantId: tenant.id, userId: user.id, email: user.email };
    });
  } catch (error) {
    throw workAccountConflict(error) ?? error;
  }
}
