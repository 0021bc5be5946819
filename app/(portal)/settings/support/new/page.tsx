import { PageHeader } from "@/components/ui/page-header";
import { getFormatter } from "next-intl/server";
import { CreateRequestForm } from "@/components/support/create-request-form";
import { vendorName } from "@/emails/layout";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { listRelationshipChoices } from "@/lib/support/list-relationship-choices";
import { BODY_MAX, SUBJECT_MAX, SUPPORT_CATEGORIES } from "@/lib/support/support-input";
import { createSupportRequestAction } from "../actions/create-support-request";

export const generateMetadata = titled("support.newTitle");

/** Settings → Support → Create a request (P-support-request). `?category=…` preselects a category (e.g. from Indirect providers). */
export default async function NewSupportRequestPage({
  searchParams,
}: {
  searchParams: Promise<{ category?: string }>;
}) {
  const user = await requirePermission("support-request");
  const t = await getT();
  const format = await getFormatter();
  const choices = await listRelationshipChoices(user);
  const requested = (await searchParams).category;
  const vendor = vendorName();
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader
        title={t("support.newTitle")}
        intro={t("support.newIntro", { vendor })}
        back={{ href: "/settings/support", label: t("support.backToList") }}
      />
      <CreateRequestForm
        action={createSupportRequestAction}
        categories={SUPPORT_CATEGORIES.map((category) => ({
          value: category,
          label: t(`support.category.${category}`),
        }))}
        relationships={choices.map((choice) => ({
          value: choice.id,
          label: t(choice.side === "PROVIDER" ? "support.choiceAsProvider" : "support.choiceAsReseller", {
            name: choice.otherName,
            pnId: choice.otherPnId,
            date: format.dateTime(choice.since, "date"),
          }),
        }))}
        initialCategory={SUPPORT_CATEGORIES.includes(requested as never) ? requested : undefined}
        subjectMax={SUBJECT_MAX}
        descriptionMax={BODY_MAX}
        vendor={vendor}
      />
    </div>
  );
}
