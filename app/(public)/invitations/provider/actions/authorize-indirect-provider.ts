"use server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";
import { authorizeIndirectProvider } from "@/lib/provider-reseller-relationships/authorize-indirect-provider";

const schema = z.strictObject({
  token: z.string().max(100),
  confirm: z.literal("on", { error: "partnerships.landing.confirmRequired" }),
});

/** "Authorize indirect provider": a POST by the signed-in reseller's Global admin (R6, R16); the outcome replaces the form. */
export async function authorizeIndirectProviderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getT();
  const parsed = parseForm(schema, formData, t, { omitValues: ["token"] });
  if (!parsed.ok) return parsed.state;
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return { status: "error", message: t("partnerships.landing.signedOut.body") };
  try {
    const result = await authorizeIndirectProvider(user, { token: parsed.data.token });
    // No revalidatePath: it would re-render this page in its "accepted" state over the confirmation
    // (the Indirect providers page is dynamic and reads fresh data when opened).
    return { status: "ok", message: t("partnerships.landing.success.body", { provider: result.providerName }) };
  } catch (error) {
    return errorState(error, {}, t);
  }
}
