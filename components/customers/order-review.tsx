"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { priceOrder } from "@/lib/customers/products";
import { formatMoney } from "@/lib/i18n/formats";
import type { ProductLine } from "./add-products-form";

/**
 * Add products' review step: each line with its quantity, unit price and monthly amount, and the
 * order's total, before "Place order" (the form's submit). Prices are the catalog's; the server
 * prices the order again when placing it. The heading takes focus so the step change is announced.
 */
export function OrderReview(props: {
  customerName: string;
  order: ReturnType<typeof priceOrder>;
  products: ProductLine[];
  onChange: () => void;
}) {
  const t = useTranslations("customers.products");
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const money = (cents: number) => formatMoney(format, cents, props.order.currency);
  const name = (sku: string) => props.products.find((product) => product.sku === sku)?.name ?? sku;
  return (
    <section aria-labelledby="order-review" className="space-y-4">
      <h2 id="order-review" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {t("reviewTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("reviewIntro", { name: props.customerName })}</p>
      <Table caption={t("reviewTitle")}>
        <TableHead>
          <TableHeader>{t("product")}</TableHeader>
          <TableHeader className="text-right">{t("quantity")}</TableHeader>
          <TableHeader className="text-right">{t("unitPrice")}</TableHeader>
          <TableHeader className="text-right">{t("lineTotal")}</TableHeader>
        </TableHead>
        <TableBody>
          {props.order.lines.map((line) => (
            <TableRow key={line.sku} data-testid="order-line">
              <TableCell rowHeader label={t("product")} className="font-medium">
                {name(line.sku)}
              </TableCell>
              <TableCell label={t("quantity")} className="text-right tabular-nums">
                {format.number(line.quantity)}
              </TableCell>
              <TableCell label={t("unitPrice")} className="text-right tabular-nums">
                {money(line.unitPriceCents)}
              </TableCell>
              <TableCell label={t("lineTotal")} className="text-right tabular-nums">
                {money(line.lineTotalCents)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-right text-base font-semibold" data-testid="order-total">
        {t("orderTotal")}: <span className="tabular-nums">{money(props.order.totalCents)}</span>
      </p>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={props.onChange}>
          {t("change")}
        </Button>
        <SubmitButton>{t("place")}</SubmitButton>
      </div>
    </section>
  );
}
