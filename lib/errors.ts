// Typed refusals the UI can show. A forbidden row and a missing row both answer NOT_FOUND.
export type RuleId = `R${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18}`;

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "RULE" | "VALIDATION" | "CONFLICT" | "RATE_LIMITED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { rule?: RuleId; fieldErrors?: Record<string, string>; vars?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what = "The item") => new DomainError("NOT_FOUND", `${what} was not found.`);

/** A refused business rule; the message names the rule, e.g. "R1: the customer is in …". */
export const ruleViolation = (rule: RuleId, message: string, fieldErrors?: Record<string, string>) =>
  new DomainError("RULE", `${rule}: ${message}`, { rule, fieldErrors });

/** Field messages may be message keys (lib/i18n/messages), filled with `vars`. */
export const validationError = (fieldErrors: Record<string, string>, vars?: Record<string, string | number>) =>
  new DomainError("VALIDATION", "common.fixFields", { fieldErrors, vars });

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
