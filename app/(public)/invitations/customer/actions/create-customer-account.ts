"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/next-auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { createCustomerAccountAndAccept } from "@/lib/customer-invitations/create-customer-account-and-accept";
import { customerAccountFormSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { landingPath } from "../_components/paths";

/**
 * "Create account and accept": the customer's new work account and the acceptance in one step;
 * the new Global admin is signed in right away and lands on the accepted invitation.
 */
export const createCustomerAccountAction = publicAction(
  { schema: customerAccountFormSchema, omitValues: ["password", "confirmPassword"] },
  async ({ token, ...fields }, { locale, ip }) => {
    const account = await createCustomerAccountAndAccept(token, fields, { locale, ip });
    try {
      await signIn("credentials", { email: account.email, password: String(fields.password), redirect: false });
      await rememberDevice("user", account.email);
    } catch (error) {
      // The account exists and the request is accepted either way; this browser then signs in by hand.
      if (!(error instanceof AuthError)) throw error;
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(landingPath(token))}`);
    }
    redirect(landingPath(token));
  },
);
