"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";
import { partnerProfileSchema } from "@/lib/partners/partner-profile-input";
import { updatePartnerProfile } from "@/lib/partners/update-partner-profile";

/** "Save" on Settings → Partner profile (P-profile-edit is checked by the domain function). */
export async function updatePartnerProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const [t, locale] = [await getT(), await getLocale()];
  const parsed = parseForm(partnerProfileSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const result = await updatePartnerProfile(user, parsed.data, locale);
    revalidatePath("/settings/partner-profile");
    // The email field shows the address in use; a new one appears as "waiting for verification".
    const values = { ...parsed.values, contactEmail: result.contactEmail };
    const pending = result.pendingContactEmail ?? "";
    let message = t(result.changed.length > 0 ? "profile.saved" : "profile.noChanges");
    if (result.pendingChanged) message = t("profile.savedVerification", { email: pending });
    else if (result.verificationSent)
      message = `${result.changed.length > 0 ? `${t("profile.saved")} ` : ""}${t("profile.verificationResent", { email: pending })}`;
    return { status: "ok", message, values };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
