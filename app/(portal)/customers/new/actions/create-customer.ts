"use server";
import { userAction } from "@/lib/actions/define-action";
import { createCustomer } from "@/lib/customers/create-customer";
import type { CreateCustomerState } from "@/components/customers/create-customer-form";
import { createCustomerSchema } from "@/lib/customers/customer-input";

/**
 * "Create customer" (R9): the form is parsed here and again, after R9, by the domain function
 * (it gets the submitted text). The temporary password comes back once, in this response only (R18).
 */
export const createCustomerAction = userAction<typeof createCustomerSchema, CreateCustomerState>(
  { schema: createCustomerSchema, revalidate: ["/customers"] },
  async (_input, { actor, locale, values }) => {
    const result = await createCustomer(actor, values, locale);
    const { customer, admin, reseller, temporaryPassword, expiresInHours } = result;
    return {
      status: "ok",
      created: {
        id: customer.id,
        name: customer.name,
        reseller,
        adminEmail: admin.email,
        temporaryPassword,
        expiresInHours,
      },
    };
  },
);
