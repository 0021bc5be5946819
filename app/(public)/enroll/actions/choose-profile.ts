"use server";
import { redirect } from "next/navigation";
import { chooseProfile } from "@/lib/enrollment/choose-profile";
import { enrollPath } from "@/lib/enrollment/programs";
import { errorState, type FormState } from "@/lib/forms";
import { enrollingUser, programOf, requestContext } from "./action-context";

/** "Continue" on the profile list: the chosen PN ID (R13 checked) goes on the draft. */
export async function chooseProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  const { t, locale } = await requestContext();
  const profileId = formData.get("profileId");
  try {
    await chooseProfile(user, program, profileId, locale);
  } catch (error) {
    return errorState(error, { profileId: typeof profileId === "string" ? profileId.slice(0, 64) : "" }, t);
  }
  redirect(enrollPath(program, "details"));
}
