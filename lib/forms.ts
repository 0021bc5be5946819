import { isDomainError } from "@/lib/errors";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import type { z } from "zod";

/** What a form's server action returns; `values` refill uncontrolled fields after React resets them. */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** The submitted text fields, minus secrets, to send back as default values. */
export function echoValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value.slice(0, 2000);
  }
  return values;
}

/** First zod issue per field. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Domain messages are either message keys (translated here, with `vars`) or ready sentences naming a rule. */
export function localize(text: string, t: Translate, vars?: Record<string, string | number>): string {
  return text in en ? t(text as MessageKey, vars) : text;
}

/** Maps a thrown error to form state: domain refusals show their message, anything else a generic one (logged). */
export function errorState(error: unknown, values: Record<string, string>, t: Translate): FormState {
  if (isDomainError(error)) {
    const vars = error.details.vars;
    const fieldErrors = error.details.fieldErrors
      ? Object.fromEntries(Object.entries(error.details.fieldErrors).map(([field, text]) => [field, localize(text, t, vars)]))
      : undefined;
    const message = fieldErrors && error.code === "VALIDATION" ? t("common.fixFields") : localize(error.message, t, vars);
    return { status: "error", message, fieldErrors, values };
  }
  console.error("[action] unexpected error", error);
  return { status: "error", message: t("common.unexpectedError"), values };
}
