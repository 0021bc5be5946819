import "server-only";
import { appUrl } from "@/lib/app-url";
import type { InvitationKind, InvitationStatus } from "@/lib/generated/prisma/enums";
import { INVITATION_KINDS } from "./invitation-kinds";

// R16: invitation links, their lifetime and the state the sender and the landing page show.

export { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, INVITATION_MIN_DAYS } from "./invitation-lifetime";

/** The state people see: "expired" is a PENDING row past expires_at by the database clock. */
export type InvitationState = "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED" | "DECLINED";

export function invitationState(row: { status: InvitationStatus; expired: boolean }): InvitationState {
  return row.status === "PENDING" && row.expired ? "EXPIRED" : row.status;
}

/** The personal link: the kind's landing page with the raw token. */
export function invitationUrl(kind: InvitationKind, token: string): string {
  return `${appUrl(INVITATION_KINDS[kind].landingPath)}?token=${token}`;
}
