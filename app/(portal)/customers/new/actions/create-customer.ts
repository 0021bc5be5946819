"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { createCustomer } from "@/lib/customers/create-customer";
import { echoValues, errorState, type FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";

export type CreateCustomerState = FormState & {
  created?: {
    id: string;
    name: string;
    reseller: string | null;
    adminEmail: string;
    temporaryPassword: string;
    expiresInHours: number;
  };
};

/**
 * "Create customer" (R9): the domain function parses the form itself, after R9, so an indirect
 * reseller posting this action learns the rule rather than field messages. The temporary password
 * comes back once, in this response only (R18).
 */
export async function createCustomerAction(
  _previous: CreateCustomerState,
  formData: FormData,
): Promise<CreateCustomerState> {
  const user = await requireUser();
  const [t, locale] = [await getT(), await getLocale()];
  const values = echoValues(formData);
  try {
    const result = await createCustomer(user, values, locale);
    revalidatePath("/customers");
    return {
      status: "ok",
      created: {
        id: result.customer.id,
        name: result.customer.name,
        reseller: result.reseller,
        adminEmail: result.admin.email,
        temporaryPassword: result.temporaryPassword,
        expiresInHours: result.expiresInHours,
      },
    };
  } catch (error) {
    return errorState(error, values, t);
  }
}
