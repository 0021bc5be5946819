import "server-only";
import type { FormState } from "@/lib/forms";

/**
 * A wrapped action (define-action.ts) for a plain `<form action>` or a button's `formAction`,
 * whose outcome is a redirect and which shows no state: sign out, the language switch, the
 * wizard's Back and Cancel. Same actor, schema and error handling; a refused run leaves the page.
 */
export function stateless<R extends FormState>(action: (previous: R, formData: FormData) => Promise<R>) {
  return async (formData: FormData): Promise<void> => {
    await action({ status: "idle" } as R, formData);
  };
}
