"use server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { db } from "@/lib/db/client";
import { isWellFormedToken } from "@/lib/tokens";

/** "Sign out and sign in again" on a link opened in the wrong organization: this session ends, sign-in comes back to the link. */
export async function signOutAndReturnAction(formData: FormData) {
  const user = await getCurrentUser();
  if (user) await db().userSession.updateMany({ where: { id: user.sessionId, userId: user.userId }, data: { revokedAt: new Date() } });
  const token = formData.get("token");
  const back = isWellFormedToken(token) ? `/invitations/provider?token=${token}` : undefined;
  await signOut({ redirectTo: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in" });
}
