"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { createWorkAccount } from "@/lib/enrollment/create-work-account";
import { enrollPath } from "@/lib/enrollment/programs";
import { echoValues, errorState, type FormState } from "@/lib/forms";
import { fieldsOf, programOf, requestContext } from "./action-context";

const SECRETS = ["password", "confirmPassword"];

/** "Create one": a new partner work account and its Global admin, signed in right away, then the PN ID step. */
export async function createWorkAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const program = programOf(formData);
  const { t, locale, ip } = await requestContext();
  const values = echoValues(formData, SECRETS);
  const input = fieldsOf(formData);
  let account;
  try {
    account = await createWorkAccount(input, program, { locale, ip });
  } catch (error) {
    return errorState(error, values, t);
  }
  try {
    await signIn("credentials", { email: account.email, password: input.password, redirect: false });
    await rememberDevice("user", account.email);
  } catch (error) {
    // The account exists either way; if this browser can't be signed in now, it signs in by hand.
    if (!(error instanceof AuthError)) throw error;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(enrollPath(program, "account"))}`);
  }
  redirect(enrollPath(program, "partner-network"));
}
