"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { wizardFormSchema } from "@/lib/enrollment/enrollment-input";
import { enrollPath } from "@/lib/enrollment/programs";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { enrollingUser, goOnAfterRefusal } from "./action-context";

/** "Back" on the details step: keeps what was typed, then the previous step. */
export const saveAndGoBackAction = stateless(
  publicAction({ schema: wizardFormSchema }, async ({ program, back, ...fields }, { actor }) => {
    await saveEnrollmentDraft(enrollingUser(actor, program), program, fields).catch(goOnAfterRefusal);
    redirect(enrollPath(program, back === "account" ? "account" : "organization-profile"));
  }),
);
