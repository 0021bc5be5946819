import type { MessageKey } from "@/lib/i18n/messages/en";

// Typed refusals the UI can show. A forbidden row and a missing row both answer NOT_FOUND.
export type RuleId = `R${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18}`;

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "RULE" | "VALIDATION" | "CONFLICT" | "RATE_LIMITED";

export type DomainErrorDetails = {
  rule?: RuleId;
  fieldErrors?: Record<string, string>;
  /** Fills `{name}` placeholders of `messageKey` and of field messages; a value that is itself a message key (e.g. `role.GLOBAL_ADMIN`) is translated too. */
  vars?: Record<string, string | number>;
  /** The message for people in the UI's language; `message` stays the English sentence for tests and logs. */
  messageKey?: MessageKey;
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "The item") => new DomainError("NOT_FOUND", `${what} was not found.`);

/** The UI's wording of a refusal: a message key and its placeholders (see DomainErrorDetails). */
export type Localized = { messageKey: MessageKey; vars?: Record<string, string | number> };

/**
 * A refused business rule; the message names the rule, e.g. "R1: the customer is in …".
 * With `localized`, the UI shows "R1: " + the translated sentence instead of the English one.
 */
export const ruleViolation = (
  rule: RuleId,
  message: string,
  fieldErrors?: Record<string, string>,
  localized?: Localized,
) => new DomainError("RULE", `${rule}: ${message}`, { rule, fieldErrors, ...localized });

/** Field messages may be message keys (lib/i18n/messages), filled with `vars`. */
export const validationError = (fieldErrors: Record<string, string>, vars?: Record<string, string | number>) =>
  new DomainError("VALIDATION", "common.fixFields", { fieldErrors, vars });

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
