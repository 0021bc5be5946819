"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";
import { echoValues, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** Operators only: the "operator" provider never matches a partner or customer account. */
export async function operatorSignInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData, ["password"]);
  try {
    await signIn("operator", { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? ""), redirectTo: "/operator" });
    return { status: "ok" };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { status: "error", message: (await getT())("signIn.invalid"), values };
  }
}
