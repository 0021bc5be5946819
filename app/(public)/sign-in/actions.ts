"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { echoValues, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** Signs a partner or customer user in; every refusal reads the same whether or not the email exists. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const email = String(formData.get("email") ?? "");
  const t = await getT();
  try {
    await signIn("credentials", { email, password: String(formData.get("password") ?? ""), redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : "invalid";
    if (code.startsWith("rate_limited")) {
      const minutes = Math.max(1, Math.ceil(Number(code.split(":")[1] ?? 60) / 60));
      return { status: "error", message: t("signIn.rateLimited", { minutes }), values };
    }
    if (code === "temporary_password_expired") return { status: "error", message: t("signIn.tempExpired"), values };
    return { status: "error", message: t("signIn.invalid"), values };
  }
  await rememberDevice("user", email);
  redirect(safeRedirectPath(formData.get("callbackUrl")));
}
