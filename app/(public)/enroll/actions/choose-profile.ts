"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { chooseProfile } from "@/lib/enrollment/choose-profile";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { enrollingUser } from "./action-context";

/** "Continue" on the profile list: the chosen PN ID (R13 checked) goes on the draft. */
export const chooseProfileAction = publicAction(
  { schema: wizardFormSchema },
  async ({ program, profileId }, { actor, locale }) => {
    await chooseProfile(enrollingUser(actor, program), program, profileId, locale);
    redirect(enrollPath(program, "details"));
  },
);
