"use server";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { endSessionAndRedirect } from "@/lib/auth/end-session";
import { invitationTokenSchema } from "@/lib/invitations/invitation-access";

/** "Sign out and sign in again" on a link opened in the wrong organization: this session ends, sign-in comes back to the link. */
export const signOutAndReturnAction = stateless(
  publicAction({ schema: invitationTokenSchema }, async ({ token }) => {
    const back = token ? `/invitations/provider?token=${token}` : undefined;
    await endSessionAndRedirect(back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in");
    return { status: "ok" };
  }),
);
