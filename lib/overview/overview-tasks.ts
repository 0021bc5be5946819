import { can, type RoleHolder } from "@/lib/authz/permissions";
import type { UserActor } from "@/lib/auth/actor";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { MAIN_NAV, SETTINGS_NAV, visibleNav, type NavContext } from "@/lib/navigation";
import type { getAgreementSteps } from "@/lib/partners/get-agreement-steps";
import type { getOrganizationOverview } from "@/lib/partners/get-organization-overview";

// The Overview as a task list (SPEC §4: verify email, accept agreement, R14 agreement): each pending
// step says what the viewer can do about it — a button or a link — or who can.

type Organization = Awaited<ReturnType<typeof getOrganizationOverview>>;
type Steps = Awaited<ReturnType<typeof getAgreementSteps>>;

export type OverviewTask =
  /** R12: the primary contact's address isn't verified, or a changed one waits for its owner. */
  | {
      id: "verifyEmail";
      email: string;
      /** "resend": a new link now (an enrollment waits for it, P-profile-edit); "profile": see it on the partner profile. */
      action: "resend" | "profile" | null;
    }
  /** R5: the current Partner Agreement isn't accepted; everyone may read it, Global admins accept it. */
  | { id: "acceptAgreement"; version: string; canAccept: boolean; globalAdminNames: string[] }
  /** R14: the move is approved and waits for "Accept and continue". */
  | { id: "acceptTransition"; canAccept: boolean; globalAdminNames: string[] };

/** The pending steps of a partner's Overview, in the order to take them, for this viewer (P-profile-view readers). */
export function listOverviewTasks(actor: UserActor, org: Organization, steps: Steps): OverviewTask[] {
  const canEdit = can(actor, "profile-edit");
  const tasks: OverviewTask[] = [];
  const { partner } = org;
  if (!partner.contactEmailVerifiedAt || partner.pendingContactEmail) {
    const awaiting = partner.enrollments.some((enrollment) => enrollment.status === "AWAITING_EMAIL_VERIFICATION");
    tasks.push({
      id: "verifyEmail",
      email: partner.pendingContactEmail ?? partner.contactEmail,
      action: awaiting && !partner.contactEmailVerifiedAt && canEdit ? "resend" : "profile",
    });
  }
  if (!org.agreementCurrent)
    tasks.push({
      id: "acceptAgreement",
      version: org.currentAgreementVersion,
      canAccept: canEdit,
      globalAdminNames: steps.globalAdminNames,
    });
  if (steps.transition === "pending")
    tasks.push({ id: "acceptTransition", canAccept: canEdit, globalAdminNames: steps.globalAdminNames });
  return tasks;
}

export type QuickLink = { href: string; label: MessageKey; description: MessageKey };

const DESCRIPTIONS: Record<string, MessageKey> = {
  "/customers": "overview.quick.customers",
  "/indirect-providers": "overview.quick.indirectProviders",
  "/indirect-resellers": "overview.quick.indirectResellers",
  "/settings/users": "overview.quick.users",
  "/settings/partner-profile": "overview.quick.partnerProfile",
  "/settings/audit-log": "overview.quick.auditLog",
  "/settings/support": "overview.quick.support",
};

/** Where this partner user can go from the Overview: the pages the navigation shows them, each with a line on what it is for. */
export function listQuickLinks(context: NavContext & RoleHolder): QuickLink[] {
  return visibleNav([...MAIN_NAV, ...SETTINGS_NAV], context)
    .filter((item) => item.href in DESCRIPTIONS)
    .map((item) => ({ href: item.href, label: item.label, description: DESCRIPTIONS[item.href]! }));
}
