"use server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { endSessionAndRedirect } from "@/lib/auth/end-session";

/** "Sign out": ends this browser's session; the session row is revoked, so a copied cookie is useless too. */
export const signOutAction = stateless(
  publicAction({ schema: z.strictObject({}) }, async () => {
    await endSessionAndRedirect("/sign-in");
    return { status: "ok" };
  }),
);
