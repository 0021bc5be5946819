"use server";
import { revalidatePath } from "next/cache";
import { emailTemplates } from "@/emails";
import { requireUser } from "@/lib/auth/current-user";
import { errorState, parseForm, type FormState } from "@/lib/forms";
import { getLocale, getT } from "@/lib/i18n/server";
import { translator } from "@/lib/i18n/translate";
import { createResellerInvitation } from "@/lib/provider-reseller-relationships/create-reseller-invitation";
import { preflightResellerInvitation } from "@/lib/provider-reseller-relationships/preflight-reseller-invitation";
import { resellerInvitationSchema } from "@/lib/provider-reseller-relationships/reseller-invitation-input";
import { regionOf } from "@/lib/regions";

export type InvitationDraft = {
  invitationId: string;
  /** The raw token, in this response only: Send posts it back (only its hash is stored, R16). */
  token: string;
  url: string;
  email: string;
  subject: string;
  text: string;
  validUntil: string;
  resellerName: string;
};

export type InviteResellerState = FormState & {
  check?: { passed: boolean; failures: string[]; passedText?: string; readinessNote?: string };
  draft?: InvitationDraft;
};

/**
 * Invite a reseller: "Check" (intent=check) runs the pre-flight and shows every failure; "Create
 * invitation" (intent=create, the one mutation) re-runs it in the transaction, creates the
 * invitation and returns the draft email with the personalized link.
 */
export async function inviteResellerAction(
  _previous: InviteResellerState,
  formData: FormData,
): Promise<InviteResellerState> {
  const user = await requireUser();
  const [t, uiLocale] = [await getT(), await getLocale()];
  const intent = formData.get("intent") === "create" ? "create" : "check";
  const fields = new FormData();
  for (const [key, value] of formData) if (key !== "intent") fields.append(key, value);
  const parsed = parseForm(resellerInvitationSchema, fields, t);
  if (!parsed.ok) return parsed.state;
  try {
    if (intent === "check") {
      const result = await preflightResellerInvitation(user, parsed.data);
      if (result.violations.length > 0 || !result.reseller) {
        const shown = result.violations.map((violation) => errorState(violation, {}, t));
        const failures = shown.map((state) => state.message ?? "");
        const fieldErrors: Record<string, string> = Object.assign({}, ...shown.map((state) => state.fieldErrors ?? {}));
        return {
          status: "error",
          message: t("partnerships.invite.failedTitle"),
          fieldErrors,
          values: parsed.values,
          check: { passed: false, failures },
        };
      }
      const { reseller, readiness } = result;
      const steps = readiness?.missing.map((step) => t(`partnerships.step.${step}`)).join(", ");
      return {
        status: "ok",
        values: parsed.values,
        check: {
          passed: true,
          failures: [],
          passedText: t("partnerships.invite.passed", {
            reseller: reseller.legalName,
            region: t(`region.${regionOf(reseller.countryCode)}`),
            pnId: reseller.pnId,
          }),
          readinessNote: steps
            ? t("partnerships.invite.readinessNote", { reseller: reseller.legalName, steps })
            : undefined,
        },
      };
    }
    const created = await createResellerInvitation(user, parsed.data);
    revalidatePath("/indirect-resellers");
    const emailT = translator(created.locale);
    return {
      status: "ok",
      values: parsed.values,
      draft: {
        invitationId: created.invitationId,
        token: created.token,
        url: created.url,
        email: created.email,
        subject: emailTemplates["reseller-invitation"].subject(created.locale, {
          providerName: created.providerName,
          invitationUrl: created.url,
        }),
        text: emailT("partnerships.draft.defaultText", {
          reseller: created.resellerName,
          provider: created.providerName,
        }),
        validUntil: new Intl.DateTimeFormat(uiLocale, { dateStyle: "long" }).format(created.expiresAt),
        resellerName: created.resellerName,
      },
    };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
