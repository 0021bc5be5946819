"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { echoValues, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** Operators only: the "operator" provider never matches a partner or customer account. */
export async function operatorSignInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("operator", { email, password: String(formData.get("password") ?? ""), redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", message: (await getT())("signIn.invalid"), values };
  }
  await rememberDevice("operator", email);
  redirect("/operator");
}
