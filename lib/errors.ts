import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { translator } from "@/lib/i18n/translate";
import type { z } from "zod";

// Typed refusals the UI can show. A forbidden row and a missing row both answer NOT_FOUND.
// The message catalog is the only text source: an error carries a message key and its values;
// `message` is the English text rendered from the catalog (with "R1: " in front), for logs and tests.
export type RuleId = `R${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18}`;

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "RULE" | "VALIDATION" | "CONFLICT" | "RATE_LIMITED";

/** Placeholder values; a value that is itself a message key (e.g. `role.GLOBAL_ADMIN`) is shown translated. */
export type MessageVars = Record<string, string | number>;

export type DomainErrorDetails = {
  rule?: RuleId;
  /** Field name → message key (filled with `vars` too); zod's own English shows as it is. */
  fieldErrors?: Record<string, MessageKey | string>;
  vars?: MessageVars;
};

const english = translator("en");

/** Fills a key in `t`'s language; placeholder values that are message keys are translated first. */
export function renderMessage(t: (key: MessageKey, vars?: MessageVars) => string, key: MessageKey, vars?: MessageVars) {
  const shown =
    vars &&
    Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [
        name,
        typeof value === "string" && value in en ? t(value as MessageKey) : value,
      ]),
    );
  return t(key, shown);
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: MessageKey,
    readonly details: DomainErrorDetails = {},
  ) {
    super(`${details.rule ? `${details.rule}: ` : ""}${renderMessage(english, messageKey, details.vars)}`);
    this.name = "DomainError";
  }
}

/** A domain refusal as people read it in `t`'s language, naming its rule ("R1: …"). */
export function refusalMessage(error: DomainError, t: (key: MessageKey, vars?: MessageVars) => string): string {
  const { rule, vars } = error.details;
  return `${rule ? `${rule}: ` : ""}${renderMessage(t, error.messageKey, vars)}`;
}

/** A refusal in its parts, for the UI: the sentence first, then what to do, with the rule as a small tag. */
export type RefusalParts = { rule?: RuleId; sentence: string; nextStep?: string };

/**
 * `error` as people read it in `t`'s language, without the "R1: " prefix: the sentence (first
 * letter capitalized — the catalog writes it to follow "R1: "), the rule separately, and the next
 * step when the catalog has one under the sibling key `<messageKey>Next` (same values).
 */
export function refusalParts(error: DomainError, t: (key: MessageKey, vars?: MessageVars) => string): RefusalParts {
  return ruleParts(t, error.details.rule, error.messageKey, error.details.vars);
}

/** The same parts for a rule's message a page states itself (a landing page's state), without an error. */
export function ruleParts(
  t: (key: MessageKey, vars?: MessageVars) => string,
  rule: RuleId | undefined,
  key: MessageKey,
  vars?: MessageVars,
): RefusalParts {
  const text = renderMessage(t, key, vars);
  const nextKey = `${key}Next`;
  return {
    rule,
    sentence: text.charAt(0).toLocaleUpperCase() + text.slice(1),
    nextStep: nextKey in en ? renderMessage(t, nextKey as MessageKey, vars) : undefined,
  };
}

export type NotFoundSubject = keyof typeof en extends infer K
  ? K extends `notFound.${infer Subject}`
    ? Subject
    : never
  : never;

/** "The user was not found." — also the answer for a row the actor may not see. */
export const notFound = (subject: NotFoundSubject = "item") => new DomainError("NOT_FOUND", `notFound.${subject}`);

/** A refused business rule: the UI shows "R1: " + the key's sentence, e.g. "R1: the customer is in …". */
export const ruleViolation = (
  rule: RuleId,
  messageKey: MessageKey,
  vars?: MessageVars,
  fieldErrors?: Record<string, MessageKey | string>,
) => new DomainError("RULE", messageKey, { rule, vars, fieldErrors });

/** Field messages are message keys, filled with `vars`. */
export const validationError = (fieldErrors: Record<string, MessageKey | string>, vars?: MessageVars) =>
  new DomainError("VALIDATION", "common.fixFields", { fieldErrors, vars });

/** First zod issue per field (messages are message keys); an issue without a path is "form". */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.length ? String(issue.path[0]) : "form"] ??= issue.message;
  return errors;
}

/** A domain function's own schema check failed: the same field messages a form shows. */
export const validationErrorFrom = (error: z.ZodError) => validationError(fieldErrorsFrom(error));

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
