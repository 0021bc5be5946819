// The state a form's server action returns. Its own module so client components can import it
// without pulling lib/forms (and with it the whole message catalog) into the browser bundle.

/** What a form's server action returns; `values` refill uncontrolled fields after React resets them. */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
