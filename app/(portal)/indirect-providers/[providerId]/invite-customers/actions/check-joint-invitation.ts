"use server";
import { requireUser } from "@/lib/auth/current-user";
import { jointInvitationSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { describeViolations, type InvitationFormState } from "@/lib/customer-invitations/invitation-form-state";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import { errorState, parseForm } from "@/lib/forms";
import { getT } from "@/lib/i18n/server";

/** "Check" on Invite new customers: the joint invitation's pre-flight (R5, R1, R3, R4, existing relationship, duplicate pending); nothing is written. */
export async function checkJointInvitationAction(
  _previous: InvitationFormState,
  formData: FormData,
): Promise<InvitationFormState> {
  const user = await requireUser();
  const t = await getT();
  const parsed = parseForm(jointInvitationSchema, formData, t);
  if (!parsed.ok) return parsed.state;
  try {
    const target = { kind: "CUSTOMER_JOINT" as const, unverifiedProviderId: parsed.data.unverifiedProviderId };
    const { violations } = await preflightCustomerInvitation(user, target, parsed.data.email);
    const problems = describeViolations(violations, t);
    return { status: problems.length ? "error" : "ok", passed: problems.length === 0, problems, values: parsed.values };
  } catch (error) {
    return errorState(error, parsed.values, t);
  }
}
