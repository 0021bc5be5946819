import Link from "next/link";
import type { ReactNode } from "react";
import { isWebsite } from "@/lib/partners/partner-profile-input";
import type { IndirectProviderRow } from "@/lib/indirect-providers/list-indirect-providers";
import type { Translate } from "@/lib/i18n/translate";
import { buttonVariants } from "@/components/ui/button";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700">{term}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

const link = "text-brand-700 underline";

/**
 * One provider on the reseller's Indirect providers page: legal name, PN ID, region, since,
 * primary contact and customer support; an ended relationship shows "Ended on … — reason" (R15).
 * Active rows offer View customers and, when `invite` says so, Invite new customers (R5).
 */
export function ProviderCard(props: {
  row: IndirectProviderRow;
  t: Translate;
  formatDate: (date: Date) => string;
  countryLabel: string;
  invite: "link" | "not-ready" | "none";
}) {
  const { row, t, formatDate } = props;
  const headingId = `provider-${row.relationshipId}`;
  const active = row.status === "ACTIVE";
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {row.legalName}
        </h2>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${active ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}
        >
          {t(active ? "providers.status.ACTIVE" : "providers.status.ENDED")}
        </span>
      </div>
      {!active && (
        <p className="text-sm text-slate-800" data-testid="ended-note">
          {row.endReason
            ? t("providers.endedOnWithReason", { date: formatDate(row.endedAt ?? row.since), reason: row.endReason })
            : t("providers.endedOn", { date: formatDate(row.endedAt ?? row.since) })}
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <Fact term={t("providers.pnId")}>{row.pnId}</Fact>
        <Fact term={t("providers.region")}>
          {t(`region.${row.region}`)} ({props.countryLabel})
        </Fact>
        <Fact term={t("providers.since")}>{formatDate(row.since)}</Fact>
        <Fact term={t("providers.contact")}>
          <span className="block">{row.contact.name}</span>
          <a href={`mailto:${row.contact.email}`} className={`${link} block`}>
            {row.contact.email}
          </a>
          <span className="block">{row.contact.phone}</span>
        </Fact>
        <Fact term={t("providers.support")}>
          <a href={`mailto:${row.support.email}`} className={`${link} block`}>
            {row.support.email}
          </a>
          {row.support.phone && <span className="block">{row.support.phone}</span>}
          {row.support.website &&
            (isWebsite(row.support.website) ? (
              <a
                href={row.support.website}
                className={`${link} block`}
                rel="noopener noreferrer nofollow"
                target="_blank"
              >
                {row.support.website}
              </a>
            ) : (
              <span className="block">{row.support.website}</span>
            ))}
        </Fact>
      </dl>
      {active && (
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <Link
            href={`/indirect-providers/${row.providerId}/customers`}
            aria-describedby={headingId}
            className={buttonVariants({ variant: "secondary", size: "sm" })}
          >
            {t("providers.viewCustomers")}
          </Link>
          {props.invite === "link" && (
            <Link
              href={`/indirect-providers/${row.providerId}/invite-customers`}
              aria-describedby={headingId}
              className={buttonVariants({ size: "sm" })}
            >
              {t("providers.inviteCustomers")}
            </Link>
          )}
          {props.invite === "not-ready" && (
            <span className="text-sm text-slate-700">{t("providers.inviteNotReady")}</span>
          )}
        </div>
      )}
    </article>
  );
}
