"use server";
import { publicAction } from "@/lib/actions/define-action";
import { stateless } from "@/lib/actions/stateless-action";
import { endSessionAndRedirect } from "@/lib/auth/end-session";
import { invitationTokenSchema } from "@/lib/invitations/invitation-access";
import { landingPath } from "../_components/paths";

/** "Sign in with another account": ends this browser's session (its row is revoked) and comes back to the invitation. */
export const signOutToInvitationAction = stateless(
  publicAction({ schema: invitationTokenSchema }, async ({ token }) => {
    await endSessionAndRedirect(token ? landingPath(token) : "/sign-in");
    return { status: "ok" };
  }),
);
