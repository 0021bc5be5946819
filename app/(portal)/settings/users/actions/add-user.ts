"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";
import { addUser } from "@/lib/users/add-user";
import { addUserSchema } from "@/lib/users/user-input";

export type AddUserState = FormState & {
  created?: { name: string; email: string; temporaryPassword: string; expiresInHours: number };
};

/** "Add" on the Add user page: the temporary password comes back once, in this response only. */
export async function addUserAction(_previous: AddUserState, formData: FormData): Promise<AddUserState> {
  const user = await requireUser();
  const [t, locale] = [await getT(), await getLocale()];
  const parsed = parseForm(addUserSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const result = await addUser(user, parsed.data, locale);
    revalidatePath("/settings/users");
    return {
      status: "ok",
      created: {
        name: result.user.name,
        email: result.user.email,
        temporaryPassword: result.temporaryPassword,
        expiresInHours: result.expiresInHours,
      },
    };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
