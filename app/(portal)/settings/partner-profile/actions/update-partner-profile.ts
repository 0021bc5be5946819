"use server";
import { userAction } from "@/lib/actions/define-action";
import type { FormState } from "@/lib/forms";
import { partnerProfileSchema } from "@/lib/partners/partner-profile-input";
import { updatePartnerProfile } from "@/lib/partners/update-partner-profile";

/** "Save" on Settings → Partner profile (P-profile-edit is checked by the domain function). */
export const updatePartnerProfileAction = userAction<typeof partnerProfileSchema, FormState>(
  { schema: partnerProfileSchema, revalidate: ["/settings/partner-profile"] },
  async (input, { actor, locale, t, values }) => {
    const result = await updatePartnerProfile(actor, input, locale);
    const email = result.pendingContactEmail ?? "";
    const saved = result.changed.length > 0;
    let message = t(saved ? "profile.saved" : "profile.noChanges");
    if (result.pendingChanged) message = t("profile.savedVerification", { email });
    else if (result.verificationSent)
      message = `${saved ? `${t("profile.saved")} ` : ""}${t("profile.verificationResent", { email })}`;
    // The email field shows the address in use; a new one appears as "waiting for verification".
    return { status: "ok", message, values: { ...values, contactEmail: result.contactEmail } };
  },
);
