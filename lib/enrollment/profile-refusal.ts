// R13: the chosen PN ID's organization profile must be active and in the tenant's country; a
// profile already linked to another partner organization can't be chosen either (PN IDs are
// unique per partner). Checked when the list is shown, on "Continue" and again on "Enroll now".
import { ruleViolation } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/regions";

export type ProfileFacts = { pnId: string; active: boolean; countryCode: string };
export type ProfileRefusalReason = "inactive" | "country" | "linked";

export function profileRefusalReason(
  profile: ProfileFacts,
  tenantCountryCode: string,
  linkedToAnotherPartner: boolean,
): ProfileRefusalReason | null {
  if (!profile.active) return "inactive";
  if (profile.countryCode !== tenantCountryCode) return "country";
  if (linkedToAnotherPartner) return "linked";
  return null;
}

/**
 * The refusal as a typed error: "R13: inactive", "R13: in United States; your tenant is in Germany", …
 * Country names are values, so they are named in `locale` (the reader's language).
 */
export function profileRefusal(
  reason: ProfileRefusalReason,
  profile: ProfileFacts,
  tenantCountryCode: string,
  locale: Locale = "en",
) {
  if (reason === "country") {
    return ruleViolation("R13", "enroll.r13.country", {
      pnId: profile.pnId,
      profileCountry: countryName(profile.countryCode, locale),
      tenantCountry: countryName(tenantCountryCode, locale),
    });
  }
  return ruleViolation("R13", `enroll.r13.${reason}`, { pnId: profile.pnId });
}
