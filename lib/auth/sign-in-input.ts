import { z } from "zod";

// The sign-in forms (partner/customer and operator). Lenient on purpose: Auth.js's credentials
// check answers every malformed or wrong input with the same refusal, whether or not the email exists.
const credential = z.string({ error: "signIn.invalid" }).max(1024, "signIn.invalid");

export const signInFormSchema = z.strictObject({
  email: credential,
  password: credential,
  callbackUrl: z.string().max(2000).optional(),
});
