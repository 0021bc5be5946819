// Plain language first (issue 11): a refusal reads as a sentence with its next step, the rule ID a
// separate tag; `error.message` keeps "R17: …" for logs and tests, and a form state carries both.
import { describe, expect, it } from "vitest";
import { r9Refusal } from "@/lib/customers/customer-creation";
import { refusalParts, ruleParts, ruleViolation } from "@/lib/errors";
import { stateSentence } from "@/lib/form-state";
import { errorState } from "@/lib/forms";
import { translator } from "@/lib/i18n/translate";

const en = translator("en");
const de = translator("de");

describe("refusal parts", () => {
  it("R17: the sentence without the prefix, capitalized, the rule apart and the next step from `<key>Next`", () => {
    const error = ruleViolation("R17", "users.r17.keepGlobalAdmin");
    expect(error.message).toBe("R17: your organization must keep at least one active Global admin.");
    expect(refusalParts(error, en)).toEqual({
      rule: "R17",
      sentence: "Your organization must keep at least one active Global admin.",
      nextStep: "Make another user a Global admin first, then change this one.",
    });
    expect(refusalParts(error, de)).toMatchObject({
      rule: "R17",
      sentence: "Ihre Organisation muss mindestens einen aktiven globalen Administrator behalten.",
      nextStep: expect.stringMatching(/^Machen Sie zuerst einen anderen Benutzer/),
    });
  });

  it("R9: the refusal offers requesting a reseller relationship instead", () => {
    expect(refusalParts(r9Refusal(), en)).toMatchObject({
      rule: "R9",
      sentence: expect.stringMatching(/^Indirect resellers don't create customer tenants/),
      nextStep: "Request a reseller relationship instead",
    });
  });

  it("R16: a page's own rule sentence gets the same parts; a message without a next step has none", () => {
    expect(ruleParts(en, "R16", "partnerships.landing.expired.body")).toEqual({
      rule: "R16",
      sentence: "This link has expired. Ask the provider to resend the invitation.",
      nextStep: undefined,
    });
  });

  it("R17: a form state keeps the prefixed message and carries the rule and next step; stateSentence drops the prefix", () => {
    const state = errorState(ruleViolation("R17", "users.r17.keepGlobalAdmin"), { adminRole: "NO_ADMIN" }, en);
    expect(state).toMatchObject({
      status: "error",
      message: "R17: your organization must keep at least one active Global admin.",
      rule: "R17",
      nextStep: "Make another user a Global admin first, then change this one.",
      values: { adminRole: "NO_ADMIN" },
    });
    expect(stateSentence(state)).toBe("Your organization must keep at least one active Global admin.");
    expect(stateSentence({ status: "ok", message: "Saved." })).toBe("Saved.");
  });
});
