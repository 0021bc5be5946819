"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/next-auth";
import { errorState, fieldErrorsFrom, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { changePassword } from "@/lib/users/change-password";

const schema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
  confirmPassword: z.string().min(1).max(1024),
});

/** Changes the signed-in user's password, then opens a fresh session for this browser only. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowTemporaryPassword: true });
  const t = await getT();
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  if (!parsed.success) return { status: "error", message: t("common.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await changePassword(user, parsed.data);
  } catch (error) {
    return errorState(error, {}, t);
  }
  await signIn("credentials", { email: user.email, password: parsed.data.newPassword, redirect: false });
  redirect("/overview");
}
