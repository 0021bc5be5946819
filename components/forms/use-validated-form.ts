"use client";
import { useTranslations } from "next-intl";
import { type FocusEvent, type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { FormState } from "@/lib/form-state";

type Errors = Record<string, string>;

/**
 * The first message per field, as lib/errors' fieldErrorsFrom does on the server. Only fields the
 * user can fix count: extra or hidden fields (ids, tokens the action reads) are the server's business.
 */
function fieldErrors(schema: z.ZodType, form: HTMLFormElement): Errors {
  const data = Object.fromEntries([...new FormData(form)].filter(([key]) => !key.startsWith("$")));
  const result = schema.safeParse(data);
  const errors: Errors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const name = issue.path.length ? String(issue.path[0]) : "form";
    const control = form.elements.namedItem(name);
    const fixable = name === "form" || (control && !(control instanceof HTMLInputElement && control.type === "hidden"));
    if (issue.code !== "unrecognized_keys" && fixable) errors[name] ??= issue.message;
  }
  return errors;
}

function focusFirst(form: HTMLFormElement | null, errors: Errors) {
  const field = [...(form?.elements ?? [])].find(
    (element): element is HTMLInputElement => "name" in element && !!errors[(element as HTMLInputElement).name],
  );
  field?.focus();
}

/**
 * Client-side validation with the server's own zod schema: a field is checked when it loses focus,
 * re-checked as it is edited once it has an error (so a fixed field clears at once, a server error
 * too), and everything on submit, which is stopped with the focus on the first invalid field.
 * The server's answer (FormState) replaces the errors and moves the focus the same way. Schema
 * messages are message keys, translated here; the server's are already text.
 */
export function useValidatedForm(schema: z.ZodType, state: FormState) {
  const t = useTranslations();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>(state.fieldErrors ?? {});
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setErrors(state.fieldErrors ?? {});
  }
  useEffect(() => focusFirst(formRef.current, state.fieldErrors ?? {}), [state]);

  const check = (name: string, form: HTMLFormElement) => {
    const message = fieldErrors(schema, form)[name];
    setErrors((current) => {
      if (current[name] === message) return current;
      const next = { ...current };
      if (message) next[name] = message;
      else delete next[name];
      return next;
    });
  };
  const text = (message: string) => (t.has(message as never) ? t(message as never) : message);

  const formProps = {
    ref: formRef,
    noValidate: true,
    onBlur: (event: FocusEvent<HTMLFormElement>) => {
      const { name, value } = event.target as EventTarget as HTMLInputElement;
      // Focus leaving for this form's submit button: the submit checks everything. Checking here
      // would insert the message and move the button away between mousedown and mouseup.
      const next = event.relatedTarget;
      if (next instanceof HTMLButtonElement && next.type === "submit" && next.form === event.currentTarget) return;
      // A field left empty on the way through isn't an error yet; submit says so.
      if (name && (value || errors[name])) check(name, event.currentTarget);
    },
    onChange: (event: FormEvent<HTMLFormElement>) => {
      const { name } = event.target as EventTarget as HTMLInputElement;
      if (name && errors[name]) check(name, event.currentTarget);
      // An error about the whole form (e.g. "choose at least one") clears once an edit fixes it.
      if (errors.form) check("form", event.currentTarget);
    },
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      // A button that leaves without saving (Back, Cancel) carries formNoValidate.
      if ((event.nativeEvent as SubmitEvent).submitter?.hasAttribute("formnovalidate")) return;
      const found = fieldErrors(schema, event.currentTarget);
      if (Object.keys(found).length === 0) return;
      event.preventDefault();
      setErrors(found);
      focusFirst(event.currentTarget, found);
    },
  };
  /** Each field's error, translated ("form": one about the whole form). */
  const shown: Errors = Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, text(message)]));
  return { formProps, errors: shown };
}
