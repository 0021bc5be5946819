"use server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/next-auth";
import { db } from "@/lib/db/client";
import { landingPath } from "../_components/paths";

const schema = z.strictObject({ token: z.string().max(100) });

/** "Sign in with another account": ends this browser's session (its row is revoked) and comes back to the invitation. */
export async function signOutToInvitationAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  const user = await getCurrentUser();
  if (user) await db().userSession.updateMany({ where: { id: user.sessionId, userId: user.userId }, data: { revokedAt: new Date() } });
  await signOut({ redirectTo: parsed.success ? landingPath(parsed.data.token) : "/sign-in" });
}
