// The small product catalog direct-bill partners buy from for their customers (R10: "Add
// products" / "View products"). Subscriptions keep the SKU; names come from here.
import type { Locale } from "@/lib/i18n/locales";

export type ProductUnit = "SEAT" | "LICENCE";
export type Product = { sku: string; name: Record<Locale, string>; unit: ProductUnit };

export const PRODUCTS: readonly Product[] = [
  { sku: "CLOUD-BUSINESS-STD", name: { en: "Cloud Business Standard", de: "Cloud Business Standard" }, unit: "SEAT" },
  { sku: "CLOUD-BUSINESS-PREM", name: { en: "Cloud Business Premium", de: "Cloud Business Premium" }, unit: "SEAT" },
  { sku: "CLOUD-DEFENDER", name: { en: "Cloud Defender", de: "Cloud Defender" }, unit: "SEAT" },
  { sku: "CLOUD-BACKUP-1TB", name: { en: "Cloud Backup 1 TB", de: "Cloud-Backup 1 TB" }, unit: "LICENCE" },
];

export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 100_000;

export const productBySku = (sku: string) => PRODUCTS.find((product) => product.sku === sku);

/** A product's name in the reader's language; an SKU no longer in the catalog shows as itself. */
export const productName = (sku: string, locale: Locale) => productBySku(sku)?.name[locale] ?? sku;

/** The form field that carries a product's quantity on the Add products page. */
export const quantityField = (sku: string) => `quantity_${sku}`;
