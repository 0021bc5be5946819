import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { validationError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/forms";
import { customerRequestSchema, type CustomerRequestInput } from "./customer-invitation-input";
import { saveCustomerInvitation, type SavedCustomerInvitation } from "./save-customer-invitation";

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
): Promise<SavedCustomerInvitation> {
  assertPermission(actor, "customer-request");
  const parsed = customerRequestSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationError(fieldErrorsFrom(parsed.error));
  return saveCustomerInvitation(actor, { kind: "CUSTOMER_RELATIONSHIP" }, parsed.data);
}
