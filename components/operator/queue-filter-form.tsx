import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { QueueFilter } from "@/lib/enrollment/list-enrollment-queue";
import { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { countryOptions } from "@/lib/regions";

/** The queue's filter: program, status (default: in review) and country, as a GET form so the URL holds it. */
export function QueueFilterForm({ t, locale, filter }: { t: Translate; locale: string; filter: QueueFilter }) {
  const countries = countryOptions(locale);
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <SelectField
        label={t("review.filterProgram")}
        name="program"
        defaultValue={filter.program ?? ""}
        options={[
          { value: "", label: t("review.allPrograms") },
          ...Object.values(Program).map((program) => ({ value: program, label: t(`program.${program}`) })),
        ]}
      />
      <SelectField
        label={t("review.filterStatus")}
        name="status"
        defaultValue={filter.status ?? "ALL"}
        options={[
          { value: "ALL", label: t("review.allStatuses") },
          ...Object.values(EnrollmentStatus).map((status) => ({ value: status, label: t(`enrollment.${status}`) })),
        ]}
      />
      <SelectField
        label={t("review.filterCountry")}
        name="country"
        defaultValue={filter.country ?? ""}
        options={[{ value: "", label: t("review.allCountries") }, ...countries]}
      />
      <Button type="submit" variant="secondary">
        {t("review.filterApply")}
      </Button>
    </form>
  );
}
