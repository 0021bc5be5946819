"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { signOutMembership } from "@/lib/enrollment/sign-out-membership";
import { enrollingUser, goOnAfterRefusal } from "./action-context";

/** "Cancel" on the profile list: forget the membership sign-in and sign in with another account. */
export const signOutMembershipAction = stateless(
  publicAction({ schema: wizardFormSchema }, async ({ program }, { actor }) => {
    await signOutMembership(enrollingUser(actor, program), program).catch(goOnAfterRefusal);
    redirect(enrollPath(program, "partner-network"));
  }),
);
