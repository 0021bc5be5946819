"use server";
import { userAction } from "@/lib/actions/define-action";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { updateRolesSchema } from "@/lib/users/user-input";

/** "Update" on the user detail page. */
export const updateUserRolesAction = userAction(
  { schema: updateRolesSchema, revalidate: ["/settings/users"] },
  async (input, { actor, t, values }) => {
    await updateUserRoles(actor, input);
    return { status: "ok", message: t("users.updated"), values };
  },
);
