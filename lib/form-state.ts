// The state a form's server action returns. Its own module so client components can import it
// without pulling lib/forms (and with it the whole message catalog) into the browser bundle.

/** What a form's server action returns; `values` refill uncontrolled fields after React resets them. */
export type FormState = {
  status: "idle" | "ok" | "error";
  /** The whole text; a rule's refusal reads "R1: …" here (logs, tests, forms not yet showing the parts). */
  message?: string;
  /** A rule's refusal: its ID, shown as a small tag beside the sentence (see `stateSentence`). */
  rule?: string;
  /** What the person can do about a refusal, when there is something. */
  nextStep?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** `message` without its "R1: " prefix when the state names a rule: the sentence a refusal leads with. */
export function stateSentence(state: FormState): string | undefined {
  const prefix = state.rule ? `${state.rule}: ` : "";
  if (!state.message || !prefix || !state.message.startsWith(prefix)) return state.message;
  const text = state.message.slice(prefix.length);
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
