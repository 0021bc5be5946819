"use server";
import type { AddUserState } from "@/components/users/add-user-form";
import { userAction } from "@/lib/actions/define-action";
import { addUser } from "@/lib/users/add-user";
import { addUserSchema } from "@/lib/users/user-input";

/** "Add" on the Add user page: the temporary password comes back once, in this response only. */
export const addUserAction = userAction<typeof addUserSchema, AddUserState>(
  { schema: addUserSchema, revalidate: ["/settings/users"] },
  async (input, { actor, locale }) => {
    const { user, temporaryPassword, expiresInHours } = await addUser(actor, input, locale);
    return { status: "ok", created: { name: user.name, email: user.email, temporaryPassword, expiresInHours } };
  },
);
