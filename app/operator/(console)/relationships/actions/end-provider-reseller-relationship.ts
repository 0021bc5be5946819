"use server";
import { operatorAction } from "@/lib/actions/define-action";
import { endProviderResellerRelationship } from "@/lib/provider-reseller-relationships/end-provider-reseller-relationship";
import { endRelationshipSchema } from "@/lib/support/support-input";

/** R15 "End relationship" in the operator console, directly or from a support request (operators only, checked again by the domain function). */
export const endProviderResellerRelationshipAction = operatorAction(
  { schema: endRelationshipSchema, revalidate: [["/operator", "layout"]] },
  async (input, { actor, t }) => {
    await endProviderResellerRelationship(actor, input);
    return {
      status: "ok",
      message: t(input.supportRequestId ? "endRelationship.endedFromRequest" : "endRelationship.ended"),
    };
  },
);
