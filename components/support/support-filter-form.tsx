import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { SupportFilter } from "@/lib/support/list-all-support-requests";
import { SUPPORT_CATEGORIES, SUPPORT_STATUSES } from "@/lib/support/support-input";
import type { Translate } from "@/lib/i18n/translate";

/** The operator's support filter: status and category, as a GET form so the URL holds it. */
export function SupportFilterForm({ t, filter }: { t: Translate; filter: SupportFilter }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <SelectField
        label={t("support.filterStatus")}
        name="status"
        defaultValue={filter.status ?? ""}
        options={[
          { value: "", label: t("support.allStatuses") },
          ...SUPPORT_STATUSES.map((status) => ({ value: status, label: t(`support.status.${status}`) })),
        ]}
      />
      <SelectField
        label={t("support.filterCategory")}
        name="category"
        defaultValue={filter.category ?? ""}
        options={[
          { value: "", label: t("support.allCategories") },
          ...SUPPORT_CATEGORIES.map((category) => ({ value: category, label: t(`support.category.${category}`) })),
        ]}
      />
      <Button type="submit" variant="secondary">
        {t("support.filterApply")}
      </Button>
    </form>
  );
}
