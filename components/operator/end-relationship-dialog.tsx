import type { FormState } from "@/lib/form-state";
import { getT } from "@/lib/i18n/server";
import { END_REASON_MAX } from "@/lib/support/support-input";
import { ReasonConfirmDialog } from "./reason-confirm-dialog";

type Relationship = { id: string; provider: { legalName: string }; reseller: { legalName: string } };

/**
 * R15 End relationship, from the relationship's page or from the support request that asked for it
 * (`supportRequestId`: answered and closed with it): a reason, and the reseller's name typed.
 */
export async function EndRelationshipDialog(props: {
  relationship: Relationship;
  supportRequestId?: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
}) {
  const t = await getT();
  const { relationship, supportRequestId } = props;
  return (
    <ReasonConfirmDialog
      triggerLabel={t("endRelationship.submit")}
      title={t("confirm.endRelationship.title", {
        provider: relationship.provider.legalName,
        reseller: relationship.reseller.legalName,
      })}
      description={t("confirm.endRelationship.body")}
      confirmLabel={t("confirm.endRelationship.submit")}
      action={props.action}
      fields={{ relationshipId: relationship.id, ...(supportRequestId ? { supportRequestId } : {}) }}
      typedName={relationship.reseller.legalName}
      reason={{
        id: "end-reason",
        label: t("endRelationship.reason"),
        hint: t("endRelationship.reasonHint"),
        maxLength: END_REASON_MAX,
      }}
    />
  );
}
