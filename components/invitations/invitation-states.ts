import "server-only";
import { getFormatter } from "next-intl/server";
import { refusalParts, type DomainError, type RefusalParts } from "@/lib/errors";
import { errorState } from "@/lib/forms";
import type { Translate } from "@/lib/i18n/translate";
import type { InvitationWizardState } from "./invitation-wizard";

// What the invitation pages' actions return to the wizard and the draft panel (any kind).

/** Pre-flight violations as people read them (sentence, next step, rule tag), in the page's language. */
export const problemsOf = (violations: DomainError[], t: Translate): RefusalParts[] =>
  violations.map((violation) => refusalParts(violation, t));

/** "Check": every broken rule (and the fields they concern), or passed with what the checks found. */
export function checkedState(
  violations: DomainError[],
  t: Translate,
  values: Record<string, string>,
  notes: string[] = [],
): InvitationWizardState {
  if (violations.length === 0) return { status: "ok", passed: true, notes, values };
  const fieldErrors = Object.assign({}, ...violations.map((violation) => errorState(violation, {}, t).fieldErrors));
  return { status: "error", passed: false, problems: problemsOf(violations, t), fieldErrors, values };
}

/** A link's expiry as the draft states it, in the partner's language and time zone. */
export const draftDate = async (date: Date, withTime = false) =>
  (await getFormatter()).dateTime(date, withTime ? "longDateTime" : "long");
