"use server";
import { endSessionAndRedirect } from "@/lib/auth/end-session";
import { isWellFormedToken } from "@/lib/tokens";

/** "Sign out and sign in again" on a link opened in the wrong organization: this session ends, sign-in comes back to the link. */
export async function signOutAndReturnAction(formData: FormData) {
  const token = formData.get("token");
  const back = isWellFormedToken(token) ? `/invitations/provider?token=${token}` : undefined;
  await endSessionAndRedirect(back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in");
}
