import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { validationError, validationErrorFrom } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isUniqueViolation } from "@/lib/db/errors";
import { addUserSchema, type AddUserInput } from "./user-input";
import { assertGrantable, lockForUserChange, TEMP_PASSWORD_TTL_MS } from "./user-rules";

/**
 * "Add user": creates the user with a random temporary password (R18) that the caller shows
 * exactly once; the notice email (without the password) goes through the outbox.
 */
export async function addUser(requestActor: UserActor, unverifiedInput: AddUserInput, locale: Locale) {
  assertPermission(requestActor, "users-manage");
  // The action parsed it already; parsing again (idempotent) keeps other callers from writing NUL or over-long text.
  const parsed = addUserSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  assertGrantable(requestActor, input);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const user = await db().$transaction(async (tx) => {
      const actor = await lockForUserChange(tx, requestActor);
      assertGrantable(actor, input);
      const created = await tx.user.create({
        data: {
          tenantId: actor.tenantId,
          name: input.name,
          email: input.email,
          agentRole: input.agentRole,
          adminRole: input.adminRole,
          passwordHash,
          mustChangePassword: true,
          tempPasswordExpiresAt: new Date(Date.now() + TEMP_PASSWORD_TTL_MS),
          preferredLocale: locale,
        },
        select: {
          id: true,
          name: true,
          email: true,
          agentRole: true,
          adminRole: true,
          tenant: { select: { name: true } },
        },
      });
      await recordAuditEvent(tx, {
        actor,
        tenantId: actor.tenantId,
        action: "user.created",
        target: { type: "user", id: created.id, label: created.email },
        after: { name: created.name, agentRole: created.agentRole, adminRole: created.adminRole },
      });
      await enqueueEmail(tx, {
        to: created.email,
        template: "user-added",
        locale,
        tenantId: actor.tenantId,
        props: {
          userName: created.name,
          email: created.email,
          organizationName: created.tenant.name,
          signInUrl: appUrl("/sign-in"),
        },
      });
      return created;
    });
    wakeEmailWorker();
    return { user, temporaryPassword, expiresInHours: Math.round(TEMP_PASSWORD_TTL_MS / 3600_000) };
  } catch (error) {
    // R17: emails are unique across the whole directory (the unique index decides, also under races).
    if (isUniqueViolation(error, "email")) throw validationError({ email: "users.emailTaken" });
    throw error;
  }
}
