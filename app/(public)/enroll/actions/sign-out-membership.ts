"use server";
import { redirect } from "next/navigation";
import { signOutMembership } from "@/lib/enrollment/sign-out-membership";
import { enrollPath } from "@/lib/enrollment/programs";
import { enrollingUser, programOf } from "./action-context";

/** "Cancel" on the profile list: forget the membership sign-in and sign in with another account. */
export async function signOutMembershipAction(formData: FormData): Promise<void> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  await signOutMembership(user, program);
  redirect(enrollPath(program, "partner-network"));
}
