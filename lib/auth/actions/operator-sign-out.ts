"use server";
import { z } from "zod";
import { operatorAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { db } from "@/lib/db/client";
import { signOut } from "@/lib/auth/next-auth";

/** The console's "Sign out": operators have no per-browser rows, so it ends every operator session. */
export const operatorSignOutAction = stateless(
  operatorAction({ schema: z.strictObject({}) }, async (_input, { actor }) => {
    await db().operator.update({ where: { id: actor.operatorId }, data: { sessionVersion: { increment: 1 } } });
    await signOut({ redirectTo: "/operator/sign-in" });
    return { status: "ok" };
  }),
);
