"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { setFlash } from "@/lib/actions/set-flash";
import { removeUser } from "@/lib/users/remove-user";
import { removeUserSchema } from "@/lib/users/user-input";

/** "Remove user" (confirmed in a dialog that posts `confirm`); then back to the list with a toast. */
export const removeUserAction = userAction(
  { schema: removeUserSchema, revalidate: ["/settings/users"] },
  async ({ userId, confirm }, { actor, t }) => {
    if (confirm !== "yes") {
      const message = t("users.removeConfirmRequired");
      return { status: "error", message, fieldErrors: { confirm: message } };
    }
    await removeUser(actor, userId);
    await setFlash(t("users.removed"));
    redirect("/settings/users");
  },
);
