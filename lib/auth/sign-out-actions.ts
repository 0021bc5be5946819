"use server";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { getCurrentOperator, getCurrentUser } from "./current-user";
import { endSessionAndRedirect } from "./end-session";
import { signOut } from "./next-auth";

/** Ends this browser's session: the session row is revoked, so a copied cookie is useless too. */
export async function signOutAction() {
  await endSessionAndRedirect("/sign-in");
}

/** Ends every session of the user on every device (session version bump). */
export async function signOutEverywhereAction() {
  const user = await getCurrentUser();
  if (user) {
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.userId }, data: { sessionVersion: { increment: 1 } } });
      await tx.userSession.updateMany({
        where: { userId: user.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await recordAuditEvent(tx, {
        actor: user,
        tenantId: user.tenantId,
        action: "user.signed_out_everywhere",
        target: { type: "user", id: user.userId, label: user.email },
      });
    });
  }
  await signOut({ redirectTo: "/sign-in" });
}

/** Operators have no per-browser rows: signing out ends every operator session. */
export async function operatorSignOutAction() {
  const operator = await getCurrentOperator();
  if (operator)
    await db().operator.update({ where: { id: operator.operatorId }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: "/operator/sign-in" });
}
