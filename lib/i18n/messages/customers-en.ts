// English strings of the Customers page, customer details, creating customers and products (R10) (spread into en.ts). German in customers-de.ts must have every key.
export const customersEn = {
} as const;

export type CustomersMessageKey = keyof typeof customersEn;
