import { z } from "zod";
import { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { noControlCharacters } from "@/lib/text";

// Shared zod schemas for user management input (field messages are i18n keys).
export const emailField = z
  .string({ error: "users.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "users.emailRequired")
  .max(254, "users.emailTooLong")
  .pipe(z.email({ error: "users.emailInvalid" }));

export const rolesShape = {
  agentRole: z.enum(AgentRole, { error: "users.roleInvalid" }),
  adminRole: z.enum(AdminRole, { error: "users.roleInvalid" }),
};

export const addUserSchema = z.strictObject({
  name: z
    .string({ error: "users.nameRequired" })
    .trim()
    .min(1, "users.nameRequired")
    .max(200, "users.nameTooLong")
    .refine(noControlCharacters, "users.nameInvalid"),
  email: emailField,
  ...rolesShape,
});
export type AddUserInput = z.infer<typeof addUserSchema>;

export const updateRolesSchema = z.strictObject({ userId: z.uuid({ error: "users.notFound" }), ...rolesShape });
export type UpdateRolesInput = z.infer<typeof updateRolesSchema>;

const passwordField = z
  .string({ error: "password.required" })
  .min(1, "password.required")
  .max(1024, "password.too_long");

/** Change password (R18): the policy, the current password and the confirmation are checked by changePassword(). */
export const changePasswordSchema = z.strictObject({
  currentPassword: passwordField,
  newPassword: passwordField,
  confirmPassword: passwordField,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The user a detail-page form acts on; loadTargetUser() answers "not found" for anything not in the tenant. */
const userIdField = z.string({ error: "users.notFound" }).max(100, "users.notFound");

export const userIdSchema = z.strictObject({ userId: userIdField });

export const setUserStatusSchema = z.strictObject({
  userId: userIdField,
  status: z.enum(["ACTIVE", "DISABLED"], { error: "users.statusInvalid" }),
});

/** "Remove user": the confirmation box is checked by the action, which names it in its refusal. */
export const removeUserSchema = z.strictObject({ userId: userIdField, confirm: z.literal("yes").optional() });
