import "server-only";
import { db } from "@/lib/db/client";
import { getCurrentUser } from "./current-user";
import { signOut } from "./next-auth";

/** Ends this browser's session (its row is revoked, so a copied cookie is useless too) and redirects to `to`. */
export async function endSessionAndRedirect(to: string): Promise<void> {
  const user = await getCurrentUser();
  if (user)
    await db().userSession.updateMany({
      where: { id: user.sessionId, userId: user.userId },
      data: { revokedAt: new Date() },
    });
  await signOut({ redirectTo: to });
}
