"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { signInFormSchema } from "@/lib/auth/sign-in-input";

/** Operators only: the "operator" provider never matches a partner or customer account. */
export const operatorSignInAction = publicAction(
  { schema: signInFormSchema, omitValues: ["password"] },
  async ({ email, password }, { t, values }) => {
    try {
      await signIn("operator", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { status: "error", message: t("signIn.invalid"), values };
    }
    await rememberDevice("operator", email);
    redirect("/operator");
  },
);
