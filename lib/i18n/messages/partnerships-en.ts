// English strings of indirect resellers (provider side), reseller invitations and the provider-invitation landing page (spread into en.ts). German in partnerships-de.ts must have every key.
export const partnershipsEn = {
} as const;

export type PartnershipsMessageKey = keyof typeof partnershipsEn;
