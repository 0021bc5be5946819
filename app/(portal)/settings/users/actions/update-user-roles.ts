"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { updateRolesSchema } from "@/lib/users/user-input";

/** "Update" on the user detail page. */
export async function updateUserRolesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(updateRolesSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    await updateUserRoles(user, parsed.data);
    revalidatePath("/settings/users");
    return { status: "ok", message: t("users.updated"), values: parsed.values };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
