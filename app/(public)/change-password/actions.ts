"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { changePassword } from "@/lib/users/change-password";

const field = z.string().min(1, "common.fixFields").max(1024, "password.too_long");
const schema = z.strictObject({ currentPassword: field, newPassword: field, confirmPassword: field });

/** Changes the signed-in user's password, then opens a fresh session for this browser only. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowTemporaryPassword: true });
  const t = await getT();
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  if (!parsed.success) return { status: "error", message: t("common.fixFields") };
  try {
    await changePassword(user, parsed.data);
  } catch (error) {
    return errorState(error, {}, t);
  }
  try {
    await signIn("credentials", { email: user.email, password: parsed.data.newPassword, redirect: false });
    await rememberDevice("user", user.email);
  } catch (error) {
    // The password is changed either way; if this browser can't be signed in again, it signs in by hand.
    if (!(error instanceof AuthError)) throw error;
    redirect("/sign-in");
  }
  redirect("/overview");
}
