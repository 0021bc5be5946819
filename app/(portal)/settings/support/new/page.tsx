import { getFormatter } from "next-intl/server";
import Link from "next/link";
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
      <Link href="/settings/support" className="text-sm text-brand-700 underline">
        {t("support.backToList")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("support.newTitle")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("support.newIntro", { vendor })}</p>
      </div>
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
