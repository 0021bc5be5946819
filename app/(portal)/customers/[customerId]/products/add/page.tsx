import { randomUUID } from "node:crypto";
import Link from "next/link";
import { AddProductsForm } from "@/components/customers/add-products-form";
import { RuleRefusal } from "@/components/customers/rule-refusal";
import { requirePermission } from "@/lib/auth/current-user";
import { getCustomerDetail } from "@/lib/customers/get-customer-detail";
import { r10Refusal } from "@/lib/customers/load-own-relationship";
import { PRODUCTS, quantityField } from "@/lib/customers/products";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { addProductsAction } from "../../actions/add-products";
import { orNotFound } from "@/lib/pages/or-not-found";

export const generateMetadata = titled("customers.products.add");

/** "Add products" (P-customers-manage): only for this partner's own direct-bill customer (R7, R10). */
export default async function AddProductsPage({ params }: { params: Promise<{ customerId: string }> }) {
  const user = await requirePermission("customers-manage");
  const customer = await orNotFound(getCustomerDetail(user, (await params).customerId));
  const [t, locale] = [await getT(), await getLocale()];
  const back = `/customers/${customer.id}`;
  if (customer.relationship.channel !== "DIRECT_BILL") {
    return (
      <RuleRefusal
        t={t}
        title={t("customers.products.add")}
        backHref={back}
        backLabel={customer.name}
        error={r10Refusal(customer.name)}
      />
    );
  }
  return (
    <div className="max-w-4xl space-y-6">
      <Link href={back} className="text-sm text-brand-700 underline">
        {customer.name}
      </Link>
      <h1 className="text-2xl font-semibold">{t("customers.products.addTitle", { name: customer.name })}</h1>
      <p className="text-sm text-slate-700">{t("customers.products.addIntro")}</p>
      <AddProductsForm
        action={addProductsAction}
        customerId={customer.id}
        customerName={customer.name}
        idempotencyKey={randomUUID()}
        products={PRODUCTS.map((product) => ({
          sku: product.sku,
          name: product.name[locale],
          unit: t(`customers.products.unit.${product.unit}`),
          field: quantityField(product.sku),
          label: t("customers.products.quantityFor", { product: product.name[locale] }),
        }))}
      />
    </div>
  );
}
