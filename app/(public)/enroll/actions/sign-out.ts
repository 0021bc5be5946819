"use server";
import { signOut } from "@/lib/auth/next-auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { enrollPath } from "@/lib/enrollment/programs";
import { programOf } from "./action-context";

/** "Use another account" on the account step: ends this browser's session (its row is revoked) and comes back here. */
export async function signOutForEnrollmentAction(formData: FormData): Promise<void> {
  const program = programOf(formData);
  const user = await getCurrentUser();
  if (user)
    await db().userSession.updateMany({
      where: { id: user.sessionId, userId: user.userId },
      data: { revokedAt: new Date() },
    });
  await signOut({ redirectTo: enrollPath(program, "account") });
}
