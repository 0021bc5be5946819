"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { markIndirectMoveEligible, markIndirectMoveEligibleSchema } from "@/lib/enrollment/mark-indirect-move-eligible";

/** R14: mark or unmark a direct-bill partner as eligible for the move to indirect reseller (operators only, checked again). */
export const markIndirectMoveEligibleAction = operatorAction(
  { schema: markIndirectMoveEligibleSchema, revalidate: ["/operator/partners"] },
  async ({ partnerId, eligible, name }, { actor, t }) => {
    await markIndirectMoveEligible(actor, { partnerId, eligible });
    return { status: "ok", message: t(eligible ? "review.partners.marked" : "review.partners.unmarked", { name }) };
  },
);
