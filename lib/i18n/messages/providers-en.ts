// English strings of the Indirect providers page (reseller side), support requests and ending relationships (spread into en.ts). German in providers-de.ts must have every key.
export const providersEn = {
} as const;

export type ProvidersMessageKey = keyof typeof providersEn;
