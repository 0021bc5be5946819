"use server";
import type { ResetPasswordState } from "@/components/users/reset-password-form";
import { userAction } from "@/lib/actions/define-action";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { userIdSchema } from "@/lib/users/user-input";

/** "Reset password": the new temporary password comes back once, in this response only. */
export const resetUserPasswordAction = userAction<typeof userIdSchema, ResetPasswordState>(
  { schema: userIdSchema, revalidate: ["/settings/users"] },
  async ({ userId }, { actor }) => {
    const { user, temporaryPassword, expiresInHours } = await resetUserPassword(actor, userId);
    return { status: "ok", reset: { email: user.email, temporaryPassword, expiresInHours } };
  },
);
