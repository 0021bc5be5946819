// English strings of customer invitations (reseller relationship requests, joint invitations) and the customer landing page (spread into en.ts). German in invites-de.ts must have every key.
export const invitesEn = {
} as const;

export type InvitesMessageKey = keyof typeof invitesEn;
