import type { InvitesMessageKey } from "./invites-en";

// German strings of customer invitations (reseller relationship requests, joint invitations) and the customer landing page (spread into de.ts); TypeScript refuses a missing key.
export const invitesDe: Record<InvitesMessageKey, string> = {
};
