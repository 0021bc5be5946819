import type { InvitationKindRules } from "@/lib/invitations/invitation-kinds";

/** The kinds the Indirect resellers page sends, resends and revokes: the address was checked by the pre-flight and stays. */
export const RESELLER_INVITATION_KINDS: InvitationKindRules = { kinds: ["RESELLER_PARTNERSHIP"] };
