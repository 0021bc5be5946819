"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DEVICE_COOKIE } from "@/lib/auth/device-cookie";
import { signInMembership } from "@/lib/enrollment/sign-in-membership";
import { enrollPath } from "@/lib/enrollment/programs";
import { echoValues, errorState, type FormState } from "@/lib/forms";
import { enrollingUser, fieldsOf, programOf, requestContext } from "./action-context";

/** "Sign in" to the partner membership directory, then the list of its organization profiles. */
export async function signInMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  const { t, ip } = await requestContext();
  const deviceToken = (await cookies()).get(DEVICE_COOKIE)?.value;
  try {
    await signInMembership(user, program, fieldsOf(formData), { ip, deviceToken });
  } catch (error) {
    return errorState(error, echoValues(formData, ["password"]), t);
  }
  redirect(enrollPath(program, "organization-profile"));
}
