"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { createCustomerAccountAndAccept } from "@/lib/customer-invitations/create-customer-account-and-accept";
import { echoValues, errorState, type FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";
import { landingPath } from "../_components/paths";

const SECRETS = ["password", "confirmPassword"];

/**
 * "Create account and accept": the customer's new work account and the acceptance in one step;
 * the new Global admin is signed in right away and lands on the accepted invitation.
 */
export async function createCustomerAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const [t, locale, ip] = [await getT(), await getLocale(), clientIpFrom(await headers())];
  const values = echoValues(formData, SECRETS);
  const { token, ...fields } = Object.fromEntries(
    [...formData].filter(([key, value]) => !key.startsWith("$") && typeof value === "string"),
  ) as Record<string, string>;
  const target = landingPath(token ?? "");
  let account;
  try {
    account = await createCustomerAccountAndAccept(token, fields, { locale, ip });
  } catch (error) {
    return errorState(error, values, t);
  }
  try {
    await signIn("credentials", { email: account.email, password: fields.password, redirect: false });
    await rememberDevice("user", account.email);
  } catch (error) {
    // The account exists and the request is accepted either way; this browser then signs in by hand.
    if (!(error instanceof AuthError)) throw error;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
  }
  redirect(target);
}
