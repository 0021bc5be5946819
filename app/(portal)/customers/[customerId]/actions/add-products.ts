"use server";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/define-action";
import { addProducts } from "@/lib/customers/add-products";
import { addProductsSchema } from "@/lib/customers/customer-input";
import type { FormState } from "@/lib/forms";

/** "Add products" (R7, R10): on success (or a replay of the form's key), View products shows the subscriptions. */
export const addProductsAction = userAction<typeof addProductsSchema, FormState>(
  { schema: addProductsSchema, revalidate: ["/customers"] },
  async (_input, { actor, values }) => {
    // The submitted text goes to the domain function, which parses it again (it is the check).
    const { customerId } = await addProducts(actor, values);
    redirect(`/customers/${customerId}/products?added=1`);
  },
);
