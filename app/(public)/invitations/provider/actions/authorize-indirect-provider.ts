"use server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { authorizeIndirectProvider } from "@/lib/provider-reseller-relationships/authorize-indirect-provider";

const schema = z.strictObject({
  token: z.string().max(100),
  confirm: z.literal("on", { error: "partnerships.landing.confirmRequired" }),
});

/** "Authorize indirect provider": a POST by the signed-in reseller's Global admin (R6, R16); the outcome replaces the form. */
export const authorizeIndirectProviderAction = publicAction(
  { schema, omitValues: ["token"] },
  async ({ token }, { actor, t }) => {
    if (!actor || actor.mustChangePassword)
      return { status: "error", message: t("partnerships.landing.signedOut.body") };
    const result = await authorizeIndirectProvider(actor, { token });
    // No revalidatePath: it would re-render this page in its "accepted" state over the confirmation
    // (the Indirect providers page is dynamic and reads fresh data when opened).
    return { status: "ok", message: t("partnerships.landing.success.body", { provider: result.providerName }) };
  },
);
