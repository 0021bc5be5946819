// The small product catalog direct-bill partners buy from for their customers (R10: "Add
// products" / "View products"). Subscriptions keep the SKU and the unit price they were ordered at;
// names and current prices come from here. Pure data and functions: the Add products page's review
// step (a client component) prices the order with the same `priceOrder` the server runs when placing it.
import type { Locale } from "@/lib/i18n/locales";

export type ProductUnit = "SEAT" | "LICENCE";
/** `monthlyPriceCents`: the price of one unit for one month, in integer cents of CATALOG_CURRENCY. */
export type Product = { sku: string; name: Record<Locale, string>; unit: ProductUnit; monthlyPriceCents: number };

/** The one currency of the catalog (ISO 4217). */
export const CATALOG_CURRENCY = "USD";

export const PRODUCTS: readonly Product[] = [
  {
    sku: "CLOUD-BUSINESS-STD",
    name: { en: "Cloud Business Standard", de: "Cloud Business Standard" },
    unit: "SEAT",
    monthlyPriceCents: 1250,
  },
  {
    sku: "CLOUD-BUSINESS-PREM",
    name: { en: "Cloud Business Premium", de: "Cloud Business Premium" },
    unit: "SEAT",
    monthlyPriceCents: 2200,
  },
  { sku: "CLOUD-DEFENDER", name: { en: "Cloud Defender", de: "Cloud Defender" }, unit: "SEAT", monthlyPriceCents: 500 },
  {
    sku: "CLOUD-BACKUP-1TB",
    name: { en: "Cloud Backup 1 TB", de: "Cloud-Backup 1 TB" },
    unit: "LICENCE",
    monthlyPriceCents: 999,
  },
];

export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 100_000;

export const productBySku = (sku: string) => PRODUCTS.find((product) => product.sku === sku);

/** A quantity as typed (trimmed): empty means "not ordered", else a whole number from 1 to 100,000. */
export const isQuantityText = (value: string | undefined) =>
  !value || (/^\d{1,6}$/.test(value) && Number(value) >= QUANTITY_MIN && Number(value) <= QUANTITY_MAX);

export type PricedLine = { sku: string; quantity: number; unitPriceCents: number; lineTotalCents: number };

/** An order priced from the catalog (never from the client): each line and the monthly total, in cents. */
export function priceOrder(lines: readonly { sku: string; quantity: number }[]) {
  const priced: PricedLine[] = lines.map(({ sku, quantity }) => {
    const product = productBySku(sku);
    if (!product) throw new Error(`No product ${sku} in the catalog`);
    return {
      sku,
      quantity,
      unitPriceCents: product.monthlyPriceCents,
      lineTotalCents: product.monthlyPriceCents * quantity,
    };
  });
  return {
    currency: CATALOG_CURRENCY,
    lines: priced,
    totalCents: priced.reduce((sum, line) => sum + line.lineTotalCents, 0),
  };
}

/** A product's name in the reader's language; an SKU no longer in the catalog shows as itself. */
export const productName = (sku: string, locale: Locale) => productBySku(sku)?.name[locale] ?? sku;

/** The form field that carries a product's quantity on the Add products page. */
export const quantityField = (sku: string) => `quantity_${sku}`;
