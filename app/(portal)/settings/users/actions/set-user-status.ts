"use server";
import { userAction } from "@/lib/actions/define-action";
import { setUserStatus } from "@/lib/users/set-user-status";
import { setUserStatusSchema } from "@/lib/users/user-input";

/** "Disable" / "Enable" on the user detail page. */
export const setUserStatusAction = userAction(
  { schema: setUserStatusSchema, revalidate: ["/settings/users"] },
  async ({ userId, status }, { actor, t }) => {
    await setUserStatus(actor, userId, status);
    return { status: "ok", message: t(status === "DISABLED" ? "users.disabled" : "users.enabled") };
  },
);
