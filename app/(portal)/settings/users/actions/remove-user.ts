"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { removeUser } from "@/lib/users/remove-user";

/** "Remove user": needs the confirmation box; then back to the list. */
export async function removeUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  if (formData.get("confirm") !== "yes")
    return {
      status: "error",
      fieldErrors: { confirm: t("users.removeConfirmRequired") },
      message: t("users.removeConfirmRequired"),
    };
  try {
    await removeUser(user, String(formData.get("userId") ?? ""));
  } catch (error) {
    return errorState(error, {}, t);
  }
  revalidatePath("/settings/users");
  redirect("/settings/users?removed=1");
}
