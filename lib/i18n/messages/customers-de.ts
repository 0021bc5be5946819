import type { CustomersMessageKey } from "./customers-en";

// German strings of the Customers page, customer details, creating customers and products (R10) (spread into de.ts); TypeScript refuses a missing key.
export const customersDe: Record<CustomersMessageKey, string> = {
};
