"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { echoValues, errorState, fieldErrorsFrom, localize, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { updateRolesSchema } from "@/lib/users/user-input";

/** "Update" on the user detail page. */
export async function updateUserRolesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const values = echoValues(formData);
  const parsed = updateRolesSchema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsFrom(parsed.error)).map(([field, text]) => [field, localize(text, t)]));
    return { status: "error", message: t("common.fixFields"), fieldErrors, values };
  }
  try {
    await updateUserRoles(user, parsed.data);
    revalidatePath("/settings/users");
    return { status: "ok", message: t("users.updated"), values };
  } catch (error) {
    return errorState(error, values, t);
  }
}
