"use server";
import { getFormatter } from "next-intl/server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { setFlash } from "@/lib/actions/set-flash";
import { addProducts } from "@/lib/customers/add-products";
import { addProductsSchema } from "@/lib/customers/customer-input";
import type { FormState } from "@/lib/forms";
import { formatMoney } from "@/lib/i18n/formats";

/** "Place order" on Add products (R7, R10): on success (or a replay of the form's key), View products with a toast. */
export const addProductsAction = userAction<typeof addProductsSchema, FormState>(
  { schema: addProductsSchema, revalidate: ["/customers"] },
  async (_input, { actor, t, values }) => {
    // The submitted text goes to the domain function, which parses it again (it is the check) and prices it.
    const { customerId, totalCents, currency } = await addProducts(actor, values);
    await setFlash(t("customers.products.added", { total: formatMoney(await getFormatter(), totalCents, currency) }));
    redirect(`/customers/${customerId}/products`);
  },
);
