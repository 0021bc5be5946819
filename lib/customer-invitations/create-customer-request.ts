import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { validationErrorFrom } from "@/lib/errors";
import { customerRequestSchema, type CustomerRequestInput } from "./customer-invitation-input";
import { createCustomerInvitation, type CreatedCustomerInvitation } from "./customer-invitation-kinds";

/**
 * "Request a reseller relationship" (P-customer-request; Helpdesk agents can't): creates a
 * CUSTOMER_RELATIONSHIP invitation after re-running the pre-flight in the transaction (R1, R3, R4,
 * existing relationship, duplicate pending R16, an active program) and returns the raw token once
 * for the draft. Acceptance gives a DIRECT_BILL relationship when the inviter is an active
 * direct-bill partner, else INDIRECT without a linked partner.
 */
export async function createCustomerRequest(
  actor: UserActor,
  unverifiedInput: CustomerRequestInput,
): Promise<CreatedCustomerInvitation> {
  assertPermission(actor, "customer-request");
  const parsed = customerRequestSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  return createCustomerInvitation(actor, { kind: "CUSTOMER_RELATIONSHIP" }, parsed.data);
}
