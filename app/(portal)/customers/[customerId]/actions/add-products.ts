"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { addProducts } from "@/lib/customers/add-products";
import { addProductsSchema } from "@/lib/customers/customer-input";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Add products" (R7, R10): on success, View products shows the new subscriptions. */
export async function addProductsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(addProductsSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  let customerId: string;
  try {
    // The submitted text goes to the domain function, which parses it again (it is the check).
    customerId = (await addProducts(user, parsed.values)).customerId;
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
  revalidatePath("/customers");
  redirect(`/customers/${customerId}/products?added=1`);
}
