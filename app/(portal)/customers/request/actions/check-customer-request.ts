"use server";
import { requireUser } from "@/lib/auth/current-user";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { describeViolations, type InvitationFormState } from "@/lib/customer-invitations/invitation-form-state";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import { errorState, parseForm } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Check" on Request a reseller relationship: the pre-flight (R16), every rule that would fail; nothing is written. */
export async function checkCustomerRequestAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(customerRequestSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const { violations } = await preflightCustomerInvitation(
      user,
      { kind: "CUSTOMER_RELATIONSHIP" },
      parsed.data.email,
    );
    const problems = describeViolations(violations, t);
    return { status: problems.length ? "error" : "ok", passed: problems.length === 0, problems, values: parsed.values };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
