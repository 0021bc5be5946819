import type { PartnershipsMessageKey } from "./partnerships-en";

// German strings of indirect resellers (provider side), reseller invitations and the provider-invitation landing page (spread into de.ts); TypeScript refuses a missing key.
export const partnershipsDe: Record<PartnershipsMessageKey, string> = {
};
