"use server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { signOut } from "@/lib/auth/next-auth";

/**
 * "Sign out everywhere" (confirmed in a dialog): ends every session of the user on every device,
 * this one included, and goes to sign-in.
 */
export const signOutEverywhereAction = publicAction({ schema: z.strictObject({}) }, async (_input, { actor }) => {
  if (actor) await endAllSessions(actor);
  await signOut({ redirectTo: "/sign-in" });
  return { status: "ok" };
});
