"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { resetUserPassword } from "@/lib/users/reset-user-password";

export type ResetPasswordState = FormState & {
  reset?: { email: string; temporaryPassword: string; expiresInHours: number };
};

/** "Reset password": the new temporary password comes back once, in this response only. */
export async function resetUserPasswordAction(
  _previous: ResetPasswordState,
  formData: FormData,
): Promise<ResetPasswordState> {
  const user = await requireUser();
  const t = await getT();
  try {
    const result = await resetUserPassword(user, String(formData.get("userId") ?? ""));
    revalidatePath("/settings/users");
    return {
      status: "ok",
      reset: {
        email: result.user.email,
        temporaryPassword: result.temporaryPassword,
        expiresInHours: result.expiresInHours,
      },
    };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
