import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { validationErrorFrom } from "@/lib/errors";
import { createInvitation, type CreatedInvitation } from "@/lib/invitations/create-invitation";
import { preflightResellerInvitation } from "./preflight-reseller-invitation";
import { type ResellerInvitationInput, resellerInvitationSchema } from "./reseller-invitation-input";

/**
 * Creates a provider's invitation to an indirect reseller (P-reseller-invite; R2, R14, R16) with
 * lib/invitations' one create: under the provider's row lock the pre-flight runs again and refuses
 * with the first failure, the hourly invitation limit counts one (RATE_LIMITED), then the PENDING
 * invitation bound to the reseller partner (expiry = database now() + 1–90 days) and its audit
 * event. The raw token comes back once for the draft; Send (lib/invitations/send-invitation-email.ts) emails it.
 */
export async function createResellerInvitation(
  actor: UserActor,
  unverifiedInput: ResellerInvitationInput,
): Promise<CreatedInvitation> {
  assertPermission(actor, "reseller-invite");
  const parsed = resellerInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  return createInvitation(actor, {
    kind: "RESELLER_PARTNERSHIP",
    email: input.email,
    expiresInDays: input.expiresInDays,
    locale: input.locale,
    preflight: async (tx) => {
      const { provider, reseller, violations } = await preflightResellerInvitation(actor, input, tx);
      return {
        violations,
        inviter: provider,
        target: reseller,
        audit: { reseller: reseller?.legalName ?? null, resellerPnId: reseller?.pnId ?? null },
      };
    },
  });
}
