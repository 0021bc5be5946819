import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { auditActionLabelKey } from "@/lib/audit/actions";
import type { Translate } from "@/lib/i18n/translate";

type Props = {
  t: Translate;
  /** The submitted values, to refill the fields (also when invalid). */
  values: Record<string, string>;
  /** Localized field messages. */
  errors: Record<string, string>;
  actions: string[];
  /** Where Reset goes: the page without any filter. */
  resetHref: string;
  withOrganization?: boolean;
};

export const actionLabel = (action: string, t: Translate) => {
  const key = auditActionLabelKey(action);
  return key ? t(key) : action;
};

/** A GET form: the filter lives in the URL, so results can be bookmarked, shared and paged. */
export function AuditFilterForm({ t, values, errors, actions, resetHref, withOrganization }: Props) {
  // Keep a selected action listed even if it is not among the choices (e.g. from a shared link).
  const choices =
    values.action && !actions.includes(values.action) && !errors.action ? [...actions, values.action] : actions;
  const actionError = errors.action;
  return (
    <form
      method="get"
      role="search"
      aria-label={t("audit.filter.label")}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 lg:grid-cols-4">
        {withOrganization && (
          <TextField
            label={t("audit.filter.organization")}
            name="org"
            type="search"
            maxLength={253}
            defaultValue={values.org ?? ""}
            hint={t("audit.filter.organizationHint")}
            error={errors.org}
          />
        )}
        <SelectField
          label={t("audit.filter.action")}
          name="action"
          defaultValue={actionError ? "" : (values.action ?? "")}
          error={actionError}
          options={[
            { value: "", label: t("audit.filter.anyAction") },
            ...choices.map((action) => ({ value: action, label: actionLabel(action, t) })),
          ]}
        />
        <div className="space-y-1">
          <TextField
            label={t("audit.filter.actor")}
            name="actor"
            type="search"
            maxLength={254}
            autoComplete="off"
            defaultValue={values.actor ?? ""}
            hint={t("audit.filter.actorHint")}
            error={errors.actor}
          />
          <div className="flex items-center gap-2">
            <input
              id="field-exact"
              name="exact"
              type="checkbox"
              value="1"
              defaultChecked={values.exact === "1"}
              className="h-4 w-4"
            />
            <label htmlFor="field-exact" className="text-sm text-slate-800">
              {t("audit.filter.exact")}
            </label>
          </div>
        </div>
        {/* A date input can't hold an invalid value; the message says what was wrong. */}
        <TextField
          label={t("audit.filter.from")}
          name="from"
          type="date"
          defaultValue={errors.from ? "" : (values.from ?? "")}
          hint={t("audit.filter.datesHint")}
          error={errors.from}
        />
        <TextField
          label={t("audit.filter.to")}
          name="to"
          type="date"
          defaultValue={errors.to ? "" : (values.to ?? "")}
          hint={t("audit.filter.datesHint")}
          error={errors.to}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("audit.filter.apply")}</Button>
        <Button asChild variant="secondary">
          <Link href={resetHref}>{t("audit.filter.reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
