import "server-only";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEnrollmentWizard, type EnrollmentWizard } from "@/lib/enrollment/get-enrollment-wizard";
import { enrollPath, programFromSlug, type WizardStep } from "@/lib/enrollment/programs";
import { getLocale, getT } from "@/lib/i18n/server";

const ORDER: WizardStep[] = ["account", "partner-network", "organization-profile", "details", "submitted"];

/**
 * Where a signed-in user must go instead of `page`, or null: no skipping ahead of the first
 * unfinished step, the membership steps only for organizations without a PN ID, and nothing
 * but the status once the program is enrolled.
 */
export function redirectFor(wizard: EnrollmentWizard, page: WizardStep): WizardStep | null {
  if (wizard.step === "submitted") return page === "submitted" ? null : "submitted";
  if (page === "submitted") return wizard.step;
  if (wizard.refusal || !wizard.draft) return page === "account" ? null : "account";
  if (ORDER.indexOf(page) > ORDER.indexOf(wizard.step)) return wizard.step;
  if (wizard.partner && (page === "partner-network" || page === "organization-profile")) return "details";
  if (page === "partner-network" && wizard.draft.membershipSignedIn) return "organization-profile";
  if (page === "organization-profile" && !wizard.draft.membershipSignedIn) return "partner-network";
  return null;
}

/** A wizard page's context: the program from the URL, the signed-in user (if any) and their wizard state. */
export async function loadWizard(params: Promise<{ program: string }>) {
  const program = programFromSlug((await params).program);
  if (!program) notFound();
  const user = await getCurrentUser();
  if (user?.mustChangePassword) redirect("/change-password");
  const wizard = user ? await getEnrollmentWizard(user, program) : null;
  return { program, user, wizard, t: await getT(), locale: await getLocale() };
}

/** For the steps after sign-in: signed out → the account step; otherwise `redirectFor`. */
export async function loadSignedInStep(params: Promise<{ program: string }>, page: WizardStep) {
  const context = await loadWizard(params);
  const { program, user, wizard } = context;
  if (!user || !wizard) redirect(enrollPath(program, "account"));
  const target = redirectFor(wizard, page);
  if (target) redirect(enrollPath(program, target));
  return { ...context, user, wizard };
}
