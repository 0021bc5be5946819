// R9 in one place for the Customers page ("Create a customer" link), the form and the domain
// function: which programs create customer tenants, and how.
import { ruleViolation } from "@/lib/errors";
import type { Program } from "@/lib/generated/prisma/enums";
import type { TransactStep } from "@/lib/partners/get-transact-readiness";

export type CreationModes = {
  /** An indirect provider creates a customer for one of its resellers (two linked INDIRECT rows). */
  forReseller: boolean;
  /** A direct-bill partner (also one that moved and holds both programs) creates its own DIRECT_BILL customer. */
  directBill: boolean;
};

/** R9: only indirect providers and direct-bill partners create customer tenants; indirect resellers don't. */
export function creationModes(activePrograms: readonly Program[]): CreationModes {
  return {
    forReseller: activePrograms.includes("INDIRECT_PROVIDER"),
    directBill: activePrograms.includes("DIRECT_BILL"),
  };
}

export const mayCreateCustomers = (activePrograms: readonly Program[]) => {
  const modes = creationModes(activePrograms);
  return modes.forReseller || modes.directBill;
};

export const r9Refusal = () => ruleViolation("R9", "customers.rules.R9");

/** R5 refused for a named reseller, with each missing step (in the order the reseller takes them). */
export function r5Refusal(reseller: string, missing: readonly TransactStep[]) {
  // Each step is a message key (`customers.readiness.*`), shown translated in the sentence.
  const steps = Object.fromEntries(missing.map((step, index) => [`step${index + 1}`, `customers.readiness.${step}`]));
  const key = (["customers.rules.R5.one", "customers.rules.R5.two", "customers.rules.R5.three"] as const)[
    Math.min(missing.length, 3) - 1
  ];
  return ruleViolation("R5", key, { reseller, ...steps }, { resellerId: "customers.create.resellerNotReady" });
}
