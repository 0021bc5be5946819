"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { IDLE, type FormState } from "@/lib/form-state";
import { StateAlert } from "./refusal";
import { Button } from "./button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "./dialog";
import { Input } from "./input";
import { SubmitButton } from "./submit-button";

type Props = {
  /** The button that opens the dialog (a <Button>). */
  trigger: ReactNode;
  title: string;
  /** What will happen, in a sentence or two. */
  description: ReactNode;
  confirmLabel: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Hidden inputs posted with the confirmation (ids). */
  fields?: Record<string, string>;
  /** The most serious actions: the confirm button waits until this name is typed. */
  typedName?: string;
  /** Posts the typed name under this field, where the server checks it too (e.g. R14's `confirmName`). */
  typedNameField?: string;
  /** Extra inputs, e.g. a reason; a function gets the last outcome (its field errors and values). */
  children?: ReactNode | ((state: FormState) => ReactNode);
  /** Called with the outcome; by default a successful outcome's message is shown as a toast. */
  onResult?: (state: FormState) => void;
};

/** Every destructive or irreversible action goes through this: it says what will happen and asks. */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  action,
  fields,
  typedName,
  typedNameField,
  ...props
}: Props) {
  const t = useTranslations();
  const typedId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  // The outcome is handled where it arrives (no effect): success closes the dialog and is announced.
  const [state, formAction] = useActionState(async (previous: FormState, data: FormData) => {
    const next = await action(previous, data);
    if (next.status === "ok") {
      setOpen(false);
      if (props.onResult) props.onResult(next);
      else if (next.message) toast.success(next.message);
    }
    return next;
  }, IDLE);

  const matches = !typedName || typed.trim() === typedName;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setTyped("");
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description} role="alertdialog">
        <form action={formAction} className="space-y-4" noValidate>
          <StateAlert state={state} errorsOnly />
          {Object.entries(fields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {typeof props.children === "function" ? props.children(state) : props.children}
          {typedName && (
            <div className="space-y-1">
              <label htmlFor={typedId} className="block text-sm font-medium text-slate-800">
                {t("ui.typeToConfirm", { name: typedName })}
              </label>
              <Input
                id={typedId}
                name={typedNameField}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
              />
            </div>
          )}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="secondary">{t("common.cancel")}</Button>
            </DialogClose>
            <SubmitButton variant="destructive" disabled={!matches}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
