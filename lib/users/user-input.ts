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
