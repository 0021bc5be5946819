// zod schemas of "Create a customer" (R9) and "Add products" (R10). ENGINEERING §3: strict,
// trimmed, length limits, control characters refused; field messages are i18n keys
// (lib/i18n/messages/customers-en.ts).
import { z } from "zod";
import { isCountryCode } from "@/lib/country-regions";
import { isUuid, noControlCharacters } from "@/lib/text";
import { isQuantityText, PRODUCTS, quantityField } from "./products";

const requiredText = (max: number) =>
  z
    .string({ error: "customers.field.required" })
    .trim()
    .min(1, "customers.field.required")
    .max(max, "customers.field.tooLong")
    .refine(noControlCharacters, "customers.field.controlCharacters");

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const createCustomerSchema = z
  .strictObject({
    companyName: requiredText(200),
    domain: z
      .string({ error: "customers.field.required" })
      .trim()
      .toLowerCase()
      .transform((value) => value.replace(/\.+$/, ""))
      .pipe(
        z
          .string()
          .min(1, "customers.field.required")
          .max(253, "customers.field.tooLong")
          .regex(DOMAIN, "customers.create.domainInvalid"),
      ),
    countryCode: z
      .string({ error: "customers.create.countryInvalid" })
      .trim()
      .toUpperCase()
      .refine(isCountryCode, "customers.create.countryInvalid"),
    adminName: requiredText(200),
    adminEmail: z
      .string({ error: "customers.field.required" })
      .trim()
      .toLowerCase()
      .min(1, "customers.field.required")
      .max(254, "customers.field.tooLong")
      .pipe(z.email({ error: "customers.create.emailInvalid" })),
    /** Only for an indirect provider: the reseller the customer is created for (R9). Empty: none. */
    resellerId: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value.toLowerCase() : null))
      .refine((value) => value === null || isUuid(value), "customers.create.resellerUnknown"),
  })
  .superRefine((input, context) => {
    // The Global admin's sign-in name is on the customer's own domain.
    if (input.domain && !input.adminEmail.endsWith(`@${input.domain}`))
      context.addIssue({ code: "custom", path: ["adminEmail"], message: "customers.create.emailDomain" });
  });
export type CreateCustomerInput = z.input<typeof createCustomerSchema>;

/** Empty means "not ordered"; anything else must be a whole number from 1 to 100,000. */
const quantityInput = z
  .string()
  .trim()
  .optional()
  .refine(isQuantityText, "customers.products.quantityInvalid")
  .transform((value) => (value ? Number(value) : 0));

export const addProductsSchema = z
  .strictObject({
    customerId: z.string({ error: "customers.notFound" }).refine(isUuid, "customers.notFound"),
    /**
     * The form's idempotency key: a random UUID rendered into each form (a replay with the same key
     * answers the first result). Checked below so that a missing one is a form-level message.
     */
    idempotencyKey: z.string().trim().toLowerCase().optional(),
    ...Object.fromEntries(PRODUCTS.map((product) => [quantityField(product.sku), quantityInput])),
  })
  .superRefine((input, context) => {
    if (!isUuid(input.idempotencyKey))
      context.addIssue({ code: "custom", path: ["form"], message: "customers.products.reloadForm" });
    const ordered = PRODUCTS.some((product) => (input as Record<string, unknown>)[quantityField(product.sku)]);
    if (!ordered) context.addIssue({ code: "custom", path: ["form"], message: "customers.products.noneChosen" });
  });

/** The order as product lines with a quantity; the schema's output keyed by form field. */
export function orderLines(input: Record<string, unknown>): { sku: string; quantity: number }[] {
  return PRODUCTS.map((product) => ({
    sku: product.sku,
    quantity: Number(input[quantityField(product.sku)] ?? 0),
  })).filter((line) => line.quantity > 0);
}
