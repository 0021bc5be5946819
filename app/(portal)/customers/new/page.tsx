import Link from "next/link";
import { CreateCustomerForm } from "@/components/customers/create-customer-form";
import { RuleRefusal } from "@/components/customers/rule-refusal";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/current-user";
import { creationModes, r9Refusal } from "@/lib/customers/customer-creation";
import { listLinkedPartners } from "@/lib/customers/list-linked-partners";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { getOwnRegion } from "@/lib/partners/get-own-region";
import { countryOptions } from "@/lib/regions";
import { createCustomerAction } from "./actions/create-customer";

export const generateMetadata = titled("customers.create.title");

/**
 * "Create a customer" (P-customer-request, R9): direct-bill partners for themselves, indirect
 * providers for one of their resellers; an indirect reseller reads R9 instead of a form (and the
 * action refuses it too).
 */
export default async function CreateCustomerPage() {
  const user = await requirePermission("customer-request");
  const [t, locale] = [await getT(), await getLocale()];
  const modes = creationModes(await listActivePrograms(user));
  if (!modes.forReseller && !modes.directBill) {
    return (
      <RuleRefusal
        t={t}
        title={t("customers.create.notAllowedTitle")}
        backHref="/customers"
        backLabel={t("customers.backToList")}
        error={r9Refusal()}
        next={{ href: "/customers/request" }}
      />
    );
  }
  const resellers = modes.forReseller
    ? (await listLinkedPartners(user.partnerId!)).filter((partner) => partner.role === "reseller" && partner.active)
    : null;
  // R1: only the partner's region's countries (the domain function checks it again).
  const countries = countryOptions(locale, (await getOwnRegion(user)) ?? undefined);
  const resellerOptions = resellers && [
    { value: "", label: t(modes.directBill ? "customers.create.noReseller" : "customers.create.chooseReseller") },
    ...resellers.map((partner) => ({ value: partner.id, label: partner.name })),
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/customers" className="text-sm text-brand-700 underline">
        {t("customers.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("customers.create.title")}</h1>
      <p className="text-sm text-slate-700">{t("customers.create.intro")}</p>
      {modes.forReseller && <p className="text-sm text-slate-700">{t("customers.create.introProvider")}</p>}
      {resellers?.length === 0 && !modes.directBill ? (
        <Alert tone="info">{t("customers.create.noResellers")}</Alert>
      ) : (
        <CreateCustomerForm
          action={createCustomerAction}
          countries={[{ value: "", label: t("customers.create.chooseCountry") }, ...countries]}
          resellers={resellerOptions}
        />
      )}
    </div>
  );
}
