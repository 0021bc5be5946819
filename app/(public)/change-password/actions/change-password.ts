"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { temporaryPasswordAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/users/user-input";

/** Changes the signed-in user's password (R18), then opens a fresh session for this browser only. */
export const changePasswordAction = temporaryPasswordAction(
  { schema: changePasswordSchema, omitValues: ["currentPassword", "newPassword", "confirmPassword"] },
  async (input, { actor }) => {
    await changePassword(actor, input);
    try {
      await signIn("credentials", { email: actor.email, password: input.newPassword, redirect: false });
      await rememberDevice("user", actor.email);
    } catch (error) {
      // The password is changed either way; if this browser can't be signed in again, it signs in by hand.
      if (!(error instanceof AuthError)) throw error;
      redirect("/sign-in");
    }
    redirect("/overview");
  },
);
