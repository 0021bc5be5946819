import type { ProvidersMessageKey } from "./providers-en";

// German strings of the Indirect providers page (reseller side), support requests and ending relationships (spread into de.ts); TypeScript refuses a missing key.
export const providersDe: Record<ProvidersMessageKey, string> = {
};
