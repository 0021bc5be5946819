"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { cellClass as cell } from "@/components/ui/table-shell";
import { IDLE, type FormState } from "@/lib/form-state";

export type ProductLine = { sku: string; name: string; unit: string; field: string; label: string };
type Labels = {
  product: string;
  sku: string;
  unit: string;
  quantity: string;
  hint: string;
  submit: string;
  caption: string;
};

/**
 * The catalog with one quantity per product (empty: not ordered); refused input keeps its values.
 * `idempotencyKey` is a random UUID the page renders for each form: a replayed or repeated post of
 * this form answers the first order instead of placing a second one.
 */
export function AddProductsForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  customerId: string;
  idempotencyKey: string;
  products: ProductLine[];
  labels: Labels;
}) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const { labels } = props;
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && <Alert tone="error">{errors.form ?? state.message}</Alert>}
      <input type="hidden" name="customerId" value={props.customerId} />
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <p id="quantity-hint" className="text-sm text-slate-700">
        {labels.hint}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{labels.caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className={cell}>
                {labels.product}
              </th>
              <th scope="col" className={cell}>
                {labels.sku}
              </th>
              <th scope="col" className={cell}>
                {labels.unit}
              </th>
              <th scope="col" className={cell}>
                {labels.quantity}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.products.map((product) => {
              const id = `field-${product.field}`;
              const error = errors[product.field];
              return (
                <tr key={product.sku} className="border-t border-slate-200">
                  <th scope="row" className={`${cell} font-medium`}>
                    {product.name}
                  </th>
                  <td className={cell}>{product.sku}</td>
                  <td className={cell}>{product.unit}</td>
                  <td className={cell}>
                    <label htmlFor={id} className="sr-only">
                      {product.label}
                    </label>
                    <input
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
                      className="block w-32 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
                    />
                    {error && (
                      <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                        {error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
