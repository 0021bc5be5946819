"use client";
import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { priceOrder, isQuantityText } from "@/lib/customers/products";
import { IDLE, type FormState } from "@/lib/form-state";
import { OrderReview } from "./order-review";

export type ProductLine = { sku: string; name: string; unit: string; field: string; label: string };

/**
 * The catalog with one quantity per product (empty: not ordered), then a review step in the browser
 * (each line's price and the total, from the catalog's `priceOrder`) before "Place order" posts the
 * quantities; the server prices the order again. Refused input returns to the quantities, keeping them.
 * `idempotencyKey` is a random UUID the page renders for each form: a replayed or repeated post of
 * this form answers the first order instead of placing a second one.
 */
export function AddProductsForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  customerId: string;
  customerName: string;
  idempotencyKey: string;
  products: ProductLine[];
}) {
  const form = useRef<HTMLFormElement>(null);
  // The review's lines; null while choosing quantities. Errors found before posting are the browser's own.
  const [review, setReview] = useState<ReturnType<typeof priceOrder> | null>(null);
  const [checked, setChecked] = useState<Record<string, string> | null>(null);
  const [state, formAction] = useActionState(async (previous: FormState, data: FormData) => {
    const next = await props.action(previous, data);
    if (next.status === "error") {
      setReview(null);
      setChecked(null);
    }
    return next;
  }, IDLE);
  const t = useTranslations("customers.products");
  const values = state.values ?? {};
  const errors = checked ?? state.fieldErrors ?? {};
  const startReview = () => {
    const data = new FormData(form.current!);
    const found: Record<string, string> = {};
    const lines = props.products.flatMap((product) => {
      const text = String(data.get(product.field) ?? "").trim();
      if (!isQuantityText(text)) found[product.field] = t("quantityInvalid");
      return text && isQuantityText(text) ? [{ sku: product.sku, quantity: Number(text) }] : [];
    });
    if (Object.keys(found).length === 0 && lines.length === 0) found.form = t("noneChosen");
    setChecked(found);
    const first = props.products.find((product) => found[product.field]);
    if (first) document.getElementById(`field-${first.field}`)?.focus();
    if (Object.keys(found).length === 0) setReview(priceOrder(lines));
  };
  const alert = errors.form ?? (checked === null && state.status === "error" ? state.message : undefined);
  return (
    <form ref={form} action={formAction} className="space-y-4" noValidate>
      {alert && <Alert tone="error">{alert}</Alert>}
      <input type="hidden" name="customerId" value={props.customerId} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <div hidden={review !== null} className="space-y-4">
        <p id="quantity-hint" className="text-sm text-slate-700">
          {t("quantityHint")}
        </p>
        <Table caption={t("addTitle", { name: props.customerName })}>
          <TableHead>
            <TableHeader>{t("product")}</TableHeader>
            <TableHeader>{t("sku")}</TableHeader>
            <TableHeader>{t("unitColumn")}</TableHeader>
            <TableHeader>{t("quantity")}</TableHeader>
          </TableHead>
          <TableBody>
            {props.products.map((product) => {
              const id = `field-${product.field}`;
              const error = errors[product.field];
              return (
                <TableRow key={product.sku}>
                  <TableCell label={t("product")} className="font-medium">
                    {product.name}
                  </TableCell>
                  <TableCell label={t("sku")}>{product.sku}</TableCell>
                  <TableCell label={t("unitColumn")}>{product.unit}</TableCell>
                  <TableCell label={t("quantity")}>
                    <div>
                      <label htmlFor={id} className="sr-only">
                        {product.label}
                      </label>
                      <Input
                        id={id}
                        name={product.field}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={100000}
                        step={1}
                        defaultValue={values[product.field] ?? ""}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : "quantity-hint"}
                        className="w-32"
                      />
                      {error && (
                        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                          {error}
                        </p>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <Button onClick={startReview}>{t("submit")}</Button>
      </div>
      {review && (
        <OrderReview
          customerName={props.customerName}
          order={review}
          products={props.products}
          onChange={() => setReview(null)}
        />
      )}
    </form>
  );
}
