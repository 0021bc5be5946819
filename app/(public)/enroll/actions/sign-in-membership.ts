"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { DEVICE_COOKIE } from "@/lib/auth/device-cookie";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { signInMembership } from "@/lib/enrollment/sign-in-membership";
import { enrollingUser } from "./action-context";

/** "Sign in" to the partner membership directory, then the list of its organization profiles. */
export const signInMembershipAction = publicAction(
  { schema: wizardFormSchema, omitValues: ["password"] },
  async ({ program, ...fields }, { actor, ip }) => {
    const deviceToken = (await cookies()).get(DEVICE_COOKIE)?.value;
    await signInMembership(enrollingUser(actor, program), program, fields, { ip, deviceToken });
    redirect(enrollPath(program, "organization-profile"));
  },
);
