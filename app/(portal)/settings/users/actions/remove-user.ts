"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { removeUser } from "@/lib/users/remove-user";
import { removeUserSchema } from "@/lib/users/user-input";

/** "Remove user": needs the confirmation box; then back to the list. */
export const removeUserAction = userAction(
  { schema: removeUserSchema, revalidate: ["/settings/users"] },
  async ({ userId, confirm }, { actor, t }) => {
    if (confirm !== "yes") {
      const message = t("users.removeConfirmRequired");
      return { status: "error", message, fieldErrors: { confirm: message } };
    }
    await removeUser(actor, userId);
    redirect("/settings/users?removed=1");
  },
);
