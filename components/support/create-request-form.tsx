"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Alert } from "@/components/ui/alert";
import { StateAlert } from "@/components/ui/refusal";
import { Textarea } from "@/components/ui/input";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";
import { createSupportRequestSchema } from "@/lib/support/support-input";

type Option = { value: string; label: string };
/** The action's latest state and how many results came before it. */
type Result = { state: FormState; count: number };
const END = "END_PROVIDER_RESELLER_RELATIONSHIP";

/**
 * Create a request: category, subject, description; "End a provider–reseller relationship" also
 * asks which of the organization's active relationships (the server checks the choice again).
 */
export function CreateRequestForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The platform's vendor, named in the relationship hint. */
  vendor: string;
  categories: Option[];
  relationships: Option[];
  subjectMax: number;
  descriptionMax: number;
  initialCategory?: string;
}) {
  const t = useTranslations("support");
  // React resets a form after its action; the fields are mounted afresh for each result (keyed on
  // its number) so they take their defaults from the submitted values (a select that stayed
  // mounted would fall back to its first default).
  const [{ state, count }, formAction] = useActionState(
    async (previous: Result, data: FormData): Promise<Result> => ({
      state: await props.action(previous.state, data),
      count: previous.count + 1,
    }),
    { state: { status: "idle" }, count: 0 },
  );
  const [category, setCategory] = useState(props.initialCategory ?? "");
  const values = state.values ?? {};
  const { formProps, errors } = useValidatedForm(createSupportRequestSchema, state);
  const descriptionDescribedBy = ["field-description-hint", errors.description && "field-description-error"]
    .filter(Boolean)
    .join(" ");
  return (
    <form
      action={formAction}
      {...formProps}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      noValidate
    >
      <StateAlert state={state} />
      <div key={count} className="space-y-4">
        <SelectField
          label={t("categoryLabel")}
          name="category"
          defaultValue={values.category ?? props.initialCategory ?? ""}
          onChange={(event) => setCategory(event.target.value)}
          required
          error={errors.category}
          options={[{ value: "", label: t("chooseCategory") }, ...props.categories]}
        />
        {category === END &&
          (props.relationships.length > 0 ? (
            <div className="space-y-1">
              <SelectField
                label={t("relationship")}
                name="relationshipId"
                defaultValue={values.relationshipId ?? ""}
                required
                error={errors.relationshipId}
                aria-describedby={["relationship-hint", errors.relationshipId && "field-relationshipId-error"]
                  .filter(Boolean)
                  .join(" ")}
                options={[{ value: "", label: t("chooseRelationship") }, ...props.relationships]}
              />
              <p id="relationship-hint" className="text-xs text-slate-600">
                {t("relationshipHint", { vendor: props.vendor })}
              </p>
            </div>
          ) : (
            <Alert tone="warning">{t("noRelationships")}</Alert>
          ))}
        <TextField
          label={t("subject")}
          name="subject"
          defaultValue={values.subject}
          required
          maxLength={props.subjectMax}
          error={errors.subject}
        />
        <div className="space-y-1">
          <label htmlFor="field-description" className="block text-sm font-medium text-slate-800">
            {t("description")}
          </label>
          <Textarea
            id="field-description"
            name="description"
            rows={8}
            required
            maxLength={props.descriptionMax}
            defaultValue={values.description}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={descriptionDescribedBy}
          />
          <p id="field-description-hint" className="text-xs text-slate-600">
            {t("descriptionHint")}
          </p>
          {errors.description && (
            <p id="field-description-error" className="text-sm text-red-700">
              {errors.description}
            </p>
          )}
        </div>
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
