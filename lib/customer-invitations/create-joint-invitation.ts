import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { validationError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/forms";
import { jointInvitationSchema, type JointInvitationInput } from "./customer-invitation-input";
import { saveCustomerInvitation, type SavedCustomerInvitation } from "./save-customer-invitation";

/**
 * "Invite new customers" (P-customer-request), the reseller's joint invitation with one of its
 * providers (R8): only with an ACTIVE provider–reseller relationship (else NOT_FOUND) and when the
 * reseller is ready to transact (R5, each missing step named); the customer rules run for both
 * partners (R1, R3, R4, existing relationship) and no pending invitation to the address may exist
 * (R16) — all again inside the transaction. Returns the raw token once for the draft.
 */
export async function createJointInvitation(
  actor: UserActor,
  unverifiedInput: JointInvitationInput,
): Promise<SavedCustomerInvitation> {
  assertPermission(actor, "customer-request");
  const parsed = jointInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationError(fieldErrorsFrom(parsed.error));
  const { unverifiedProviderId, ...input } = parsed.data;
  return saveCustomerInvitation(actor, { kind: "CUSTOMER_JOINT", unverifiedProviderId }, input);
}
