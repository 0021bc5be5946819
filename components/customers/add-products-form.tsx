"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { StateAlert } from "@/components/ui/refusal";
import { addProductsSchema, orderLines } from "@/lib/customers/customer-input";
import { priceOrder } from "@/lib/customers/products";
import { IDLE, type FormState } from "@/lib/form-state";
import { OrderReview } from "./order-review";

export type ProductLine = { sku: string; name: string; unit: string; field: string; label: string };

/**
 * The catalog with one quantity per product (empty: not ordered), then a review step in the browser
 * (each line's price and the total, from the catalog's `priceOrder`) before "Place order" posts the
 * quantities; the server prices the order again. The quantities are checked in the browser with the
 * action's schema (use-validated-form) before the review; refused input returns to them, kept.
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
  // The review's lines; null while choosing quantities.
  const [review, setReview] = useState<ReturnType<typeof priceOrder> | null>(null);
  const [state, formAction] = useActionState(async (previous: FormState, data: FormData) => {
    const next = await props.action(previous, data);
    if (next.status === "error") setReview(null);
    return next;
  }, IDLE);
  const t = useTranslations("customers.products");
  const values = state.values ?? {};
  const { formProps, errors } = useValidatedForm(addProductsSchema, state);
  // "Review order" submits too: the schema checks every quantity (the hook stops the post and
  // focuses the first error); valid quantities open the review, and only its Place order posts.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    formProps.onSubmit(event);
    if (event.defaultPrevented || review) return;
    event.preventDefault();
    const fields = [...new FormData(event.currentTarget)].filter(([key]) => !key.startsWith("$"));
    const parsed = addProductsSchema.safeParse(Object.fromEntries(fields));
    if (parsed.success) setReview(priceOrder(orderLines(parsed.data)));
  };
  return (
    <form action={formAction} {...formProps} onSubmit={onSubmit} className="space-y-4">
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : !review && <StateAlert state={state} errorsOnly />}
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
                  <TableCell rowHeader label={t("product")} className="font-medium">
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
        <Button type="submit">{t("submit")}</Button>
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
