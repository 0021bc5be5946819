"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { setUserStatus } from "@/lib/users/set-user-status";

/** "Disable" / "Enable" on the user detail page. */
export async function setUserStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const status = formData.get("status");
  if (status !== "ACTIVE" && status !== "DISABLED") return { status: "error", message: t("users.statusInvalid") };
  try {
    await setUserStatus(user, String(formData.get("userId") ?? ""), status);
    revalidatePath("/settings/users");
    return { status: "ok", message: t(status === "DISABLED" ? "users.disabled" : "users.enabled") };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
