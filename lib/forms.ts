import {
  fieldErrorsFrom,
  isDomainError,
  refusalMessage,
  refusalParts,
  renderMessage,
  type MessageVars,
} from "@/lib/errors";
import { errorField, log } from "@/lib/observability/logger";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import type { z } from "zod";

import type { FormState } from "@/lib/form-state";

export { IDLE, type FormState } from "@/lib/form-state";

/** The submitted text fields, minus secrets, to send back as default values. */
export function echoValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value.slice(0, 2000);
  }
  return values;
}

/** Zod messages are message keys (schemas' `error` options) or, rarely, zod's own English. */
export function localize(text: string, t: Translate, vars?: MessageVars): string {
  return text in en ? renderMessage(t, text as MessageKey, vars) : text;
}

/** Maps a thrown error to form state: domain refusals show their message, anything else a generic one (logged). */
export function errorState(error: unknown, values: Record<string, string>, t: Translate): FormState {
  if (isDomainError(error)) {
    const { vars } = error.details;
    const fieldErrors = error.details.fieldErrors
      ? Object.fromEntries(
          Object.entries(error.details.fieldErrors).map(([field, key]) => [field, localize(key, t, vars)]),
        )
      : undefined;
    if (fieldErrors && error.code === "VALIDATION")
      return { status: "error", message: t("common.fixFields"), fieldErrors, values };
    const { rule, nextStep } = refusalParts(error, t);
    return { status: "error", message: refusalMessage(error, t), rule, nextStep, fieldErrors, values };
  }
  log("action").error({ err: errorField(error) }, "unexpected error");
  return { status: "error", message: t("common.unexpectedError"), values };
}

/**
 * An action's second argument is whatever the request carried: a raw post with a JSON body hands
 * it an object or a string, not a FormData. Such a request gets "bad request" (null: a form post).
 */
export function unreadableFormState(formData: unknown, t: Translate): (FormState & { status: "error" }) | null {
  return formData instanceof FormData ? null : { status: "error", message: t("common.badRequest") };
}

export type ParsedForm<T> =
  { ok: true; data: T; values: Record<string, string> } | { ok: false; state: FormState & { status: "error" } };

/**
 * Parses a form post with a zod schema (fields whose names start with `$` are React's own and
 * dropped). On failure the result carries a ready FormState: "fix the fields", each field's
 * first message translated (schema messages are i18n keys or plain text), and the submitted
 * values to refill the form — minus `omitValues` (passwords and other secrets).
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  t: Translate,
  options: { omitValues?: string[] } = {},
): ParsedForm<z.output<S>> {
  const values = echoValues(formData, options.omitValues);
  const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([key]) => !key.startsWith("$"))));
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const fieldErrors = Object.fromEntries(
    Object.entries(fieldErrorsFrom(parsed.error)).map(([field, text]) => [field, localize(text, t)]),
  );
  return { ok: false, state: { status: "error", message: t("common.fixFields"), fieldErrors, values } };
}
