import { ArrowLeft, Plus } from "lucide-react";
import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RuleRefusal } from "@/components/customers/rule-refusal";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { listSubscriptions } from "@/lib/customers/list-subscriptions";
import { productName } from "@/lib/customers/products";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/i18n/formats";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("customers.products.view");

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
      <Link
        href={`/customers/${customer.id}`}
        className="inline-flex items-center gap-1 text-sm text-brand-700 underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {customer.name}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("customers.products.viewTitle", { name: customer.name })}</h1>
        {can(user, "customers-manage") && (
          <Button asChild>
            <Link href={`/customers/${customer.id}/products/add`}>
              <Plus aria-hidden="true" />
              {t("customers.products.add")}
            </Link>
          </Button>
        )}
      </div>
      {subscriptions.length === 0 ? (
        <p>{t("customers.products.none")}</p>
      ) : (
        <Table caption={t("customers.products.viewTitle", { name: customer.name })}>
          <TableHead>
            <TableHeader>{t("customers.products.product")}</TableHeader>
            <TableHeader>{t("customers.products.sku")}</TableHeader>
            <TableHeader>{t("customers.products.quantity")}</TableHeader>
            <TableHeader>{t("customers.products.unitPrice")}</TableHeader>
            <TableHeader>{t("customers.products.ordered")}</TableHeader>
            <TableHeader>{t("customers.products.orderedBy")}</TableHeader>
          </TableHead>
          <TableBody>
            {subscriptions.map((row) => (
              <TableRow key={row.id}>
                <TableCell rowHeader label={t("customers.products.product")} className="font-medium">
                  {productName(row.sku, locale)}
                </TableCell>
                <TableCell label={t("customers.products.sku")}>{row.sku}</TableCell>
                <TableCell label={t("customers.products.quantity")}>{format.number(row.quantity)}</TableCell>
                <TableCell label={t("customers.products.unitPrice")}>
                  {row.unitPriceCents === null || row.currency === null
                    ? "—"
                    : formatMoney(format, row.unitPriceCents, row.currency)}
                </TableCell>
                <TableCell label={t("customers.products.ordered")}>
                  {format.dateTime(row.createdAt, "dateTime")}
                </TableCell>
                <TableCell label={t("customers.products.orderedBy")}>{row.orderedBy ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
