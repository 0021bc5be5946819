"use server";
import { z } from "zod";
import { endSessionAndRedirect } from "@/lib/auth/end-session";
import { landingPath } from "../_components/paths";

const schema = z.strictObject({ token: z.string().max(100) });

/** "Sign in with another account": ends this browser's session (its row is revoked) and comes back to the invitation. */
export async function signOutToInvitationAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  await endSessionAndRedirect(parsed.success ? landingPath(parsed.data.token) : "/sign-in");
}
