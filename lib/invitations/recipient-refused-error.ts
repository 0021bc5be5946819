import { DomainError } from "@/lib/errors";

/** Send refused because of the new recipient (R16): every broken rule, the first one as the error itself (field `to`). */
export class RecipientRefusedError extends DomainError {
  constructor(readonly violations: DomainError[]) {
    const [first] = violations;
    super(first.code, first.messageKey, { ...first.details, fieldErrors: { to: first.messageKey } });
    this.name = "RecipientRefusedError";
  }
}
