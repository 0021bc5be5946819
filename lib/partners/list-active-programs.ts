import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/** Programs whose enrollment is approved: what the navigation may offer. Only the program names, of the actor's own organization. */
export async function listActivePrograms(actor: UserActor) {
  if (!actor.partnerId) return [];
  const rows = await db().programEnrollment.findMany({ where: { partnerId: actor.partnerId, status: "APPROVED" }, select: { program: true } });
  return rows.map((row) => row.program);
}
