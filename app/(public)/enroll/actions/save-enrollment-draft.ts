"use server";
import { redirect } from "next/navigation";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { enrollPath } from "@/lib/enrollment/programs";
import { enrollingUser, fieldsOf, programOf } from "./action-context";

/** "Back" on the details step: keeps what was typed, then the previous step. */
export async function saveAndGoBackAction(formData: FormData): Promise<void> {
  const program = programOf(formData);
  const user = await enrollingUser(program);
  await saveEnrollmentDraft(user, program, fieldsOf(formData));
  redirect(
    formData.get("back") === "account" ? enrollPath(program, "account") : enrollPath(program, "organization-profile"),
  );
}
