"use server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { signOut } from "@/lib/auth/next-auth";

/** "Sign out everywhere": ends every session of the user on every device, this one included. */
export const signOutEverywhereAction = stateless(
  publicAction({ schema: z.strictObject({}) }, async (_input, { actor }) => {
    if (actor) await endAllSessions(actor);
    await signOut({ redirectTo: "/sign-in" });
    return { status: "ok" };
  }),
);
