// A raw server-action request can post a JSON body: the action then receives an object or a
// string instead of a FormData. The wrapper answers "bad request" before anything else runs.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { IDLE, unreadableFormState, type FormState } from "@/lib/forms";
import { translator } from "@/lib/i18n/translate";

const { requireUser } = vi.hoisted(() => ({
  requireUser: vi.fn(async () => {
    throw new Error("the actor must not be looked up for an unreadable request");
  }),
}));
vi.mock("@/lib/auth/current-user", () => ({
  requireUser,
  getCurrentUser: requireUser,
  requireOperator: requireUser,
}));
vi.mock("@/lib/i18n/server", () => ({
  getT: async () => translator("de"),
  getLocale: async () => "de",
}));

const NOT_FORM_DATA = [{ name: "x" }, "name=x", ["name", "x"], null, undefined, 42, new URLSearchParams("name=x")];

describe("an action's input must be a FormData", () => {
  it.each(NOT_FORM_DATA)("unreadableFormState refuses %j with common.badRequest", (value) => {
    expect(unreadableFormState(value, translator("en"))).toEqual({
      status: "error",
      message: "The request could not be read. Reload the page and try again.",
    });
  });

  it("a FormData passes", () => {
    const form = new FormData();
    form.set("name", "x");
    expect(unreadableFormState(form, translator("en"))).toBeNull();
  });

  it.each(NOT_FORM_DATA)(
    "the wrapped action answers %j with a bad-request state, in the reader's language",
    async (value) => {
      const { userAction } = await import("@/lib/actions/define-action");
      const run = vi.fn(async (): Promise<FormState> => ({ status: "ok" }));
      const action = userAction({ schema: z.strictObject({ name: z.string() }) }, run);
      const state = await action(IDLE, value as unknown as FormData);
      expect(state).toEqual({ status: "error", message: translator("de")("common.badRequest") });
      expect(run).not.toHaveBeenCalled();
      expect(requireUser).not.toHaveBeenCalled();
    },
  );
});
