import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { createInvitation, type CreatedInvitation } from "@/lib/invitations/create-invitation";
import type { InvitationKindRules } from "@/lib/invitations/invitation-kinds";
import {
  preflightCustomerInvitation,
  preflightInvitationRecipient,
  type CustomerInvitationTarget,
} from "./preflight-customer-invitation";

/** The kinds the customer pages (Request, Invite new customers, Sent requests) handle; an address set at Send passes the pre-flight's address rules. */
export const CUSTOMER_INVITATION_KINDS: InvitationKindRules = {
  kinds: ["CUSTOMER_RELATIONSHIP", "CUSTOMER_JOINT"],
  checkRecipient: preflightInvitationRecipient,
};

export type CreatedCustomerInvitation = CreatedInvitation & {
  /** The relationship acceptance will give the inviter (R10). */
  channel: Channel;
};

/**
 * Shared by create-customer-request.ts and create-joint-invitation.ts (their callers checked the
 * permission and parsed the input): lib/invitations' one create with the customer pre-flight,
 * which runs again under the inviter's row lock; the audit event names the channel and, for a
 * joint invitation, both partners.
 */
export async function createCustomerInvitation(
  actor: UserActor,
  target: CustomerInvitationTarget,
  input: { email?: string; expiresInDays: number; locale: Locale },
): Promise<CreatedCustomerInvitation> {
  let channel: Channel = "INDIRECT";
  const created = await createInvitation(actor, {
    kind: target.kind,
    email: input.email ?? null,
    expiresInDays: input.expiresInDays,
    locale: input.locale,
    preflight: async (tx) => {
      const check = await preflightCustomerInvitation(actor, target, input.email, tx);
      channel = check.channel;
      const joint = check.provider;
      return {
        violations: check.violations,
        inviter: check.inviter,
        coInviter: joint,
        audit: { channel, provider: joint?.legalName ?? null, reseller: joint ? check.inviter.legalName : null },
      };
    },
  });
  return { ...created, channel };
}
