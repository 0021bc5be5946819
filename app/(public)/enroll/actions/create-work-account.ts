"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { createWorkAccount } from "@/lib/enrollment/create-work-account";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";

/** "Create one": a new partner work account and its Global admin, signed in right away, then the PN ID step. */
export const createWorkAccountAction = publicAction(
  { schema: wizardFormSchema, omitValues: ["password", "confirmPassword"] },
  async ({ program, ...fields }, { locale, ip }) => {
    const account = await createWorkAccount(fields, program, { locale, ip });
    try {
      await signIn("credentials", { email: account.email, password: fields.password, redirect: false });
      await rememberDevice("user", account.email);
    } catch (error) {
      // The account exists either way; if this browser can't be signed in now, it signs in by hand.
      if (!(error instanceof AuthError)) throw error;
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(enrollPath(program, "account"))}`);
    }
    redirect(enrollPath(program, "partner-network"));
  },
);
