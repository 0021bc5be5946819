"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signInFormSchema } from "@/lib/auth/sign-in-input";
import type { Translate } from "@/lib/i18n/translate";

/** The refusal as people read it: throttled, an expired temporary password, or the one "invalid" for the rest. */
function refusal(error: AuthError, t: Translate): string {
  const code = error instanceof CredentialsSignin ? error.code : "invalid";
  if (code.startsWith("rate_limited")) {
    const minutes = Math.max(1, Math.ceil(Number(code.split(":")[1] ?? 60) / 60));
    return t("signIn.rateLimited", { minutes });
  }
  return t(code === "temporary_password_expired" ? "signIn.tempExpired" : "signIn.invalid");
}

/** Signs a partner or customer user in; every refusal reads the same whether or not the email exists. */
export const signInAction = publicAction(
  { schema: signInFormSchema, omitValues: ["password"] },
  async ({ email, password, callbackUrl }, { t, values }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { status: "error", message: refusal(error, t), values };
    }
    await rememberDevice("user", email);
    redirect(safeRedirectPath(callbackUrl ?? null));
  },
);
