import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { validationErrorFrom } from "@/lib/errors";
import { jointInvitationSchema, type JointInvitationInput } from "./customer-invitation-input";
import { createCustomerInvitation, type CreatedCustomerInvitation } from "./customer-invitation-kinds";

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
): Promise<CreatedCustomerInvitation> {
  assertPermission(actor, "customer-request");
  const parsed = jointInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const { unverifiedProviderId, ...input } = parsed.data;
  return createCustomerInvitation(actor, { kind: "CUSTOMER_JOINT", unverifiedProviderId }, input);
}
