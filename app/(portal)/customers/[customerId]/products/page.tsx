import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RuleRefusal } from "@/components/customers/rule-refusal";
import { cellClass as cell, TableShell } from "@/components/ui/table-shell";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSubscriptions } from "@/lib/customers/list-subscriptions";
import { productName } from "@/lib/customers/products";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/i18n/formats";
import { getLocale, getT } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "View products" };

/** "View products": the subscriptions this partner bought for a direct-bill customer (R7, R10). */
export default async function ViewProductsPage(props: { params: Promise<{ customerId: string }> }) {
  const user = await requirePermission("customers-view");
  const { customerId } = await props.params;
  const [t, locale] = [await getT(), await getLocale()];
  let result: Awaited<ReturnType<typeof listSubscriptions>>;
  try {
    result = await listSubscriptions(user, customerId);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    if (!isDomainError(error) || error.details.rule !== "R10") throw error;
    return (
      <RuleRefusal
        t={t}
        backHref={`/customers/${customerId}`}
        backLabel={t("customers.detail.title")}
        title={t("customers.products.view")}
        error={error}
      />
    );
  }
  const { customer, subscriptions } = result;
  const format = await getFormatter();
  return (
    <div className="max-w-5xl space-y-6">
      <Link href={`/customers/${customer.id}`} className="text-sm text-brand-700 underline">
        {customer.name}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("customers.products.viewTitle", { name: customer.name })}</h1>
        {can(user, "customers-manage") && (
          <Link
            href={`/customers/${customer.id}/products/add`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
          >
            {t("customers.products.add")}
          </Link>
        )}
      </div>
      {subscriptions.length === 0 ? (
        <p>{t("customers.products.none")}</p>
      ) : (
        <TableShell
          caption={t("customers.products.viewTitle", { name: customer.name })}
          headers={[
            t("customers.products.product"),
            t("customers.products.sku"),
            t("customers.products.quantity"),
            t("customers.products.unitPrice"),
            t("customers.products.ordered"),
            t("customers.products.orderedBy"),
          ]}
        >
          {subscriptions.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                {productName(row.sku, locale)}
              </th>
              <td className={cell}>{row.sku}</td>
              <td className={cell}>{format.number(row.quantity)}</td>
              <td className={cell}>
                {row.unitPriceCents === null || row.currency === null
                  ? "—"
                  : formatMoney(format, row.unitPriceCents, row.currency)}
              </td>
              <td className={cell}>{format.dateTime(row.createdAt, "dateTime")}</td>
              <td className={cell}>{row.orderedBy ?? "—"}</td>
            </tr>
          ))}
        </TableShell>
      )}
    </div>
  );
}
