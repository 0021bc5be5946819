import type { ReactNode } from "react";
import { isWebsite } from "@/lib/partners/partner-profile-input";
import type { PartnerProfileView } from "@/lib/partners/get-partner-profile";
import type { Translate } from "@/lib/i18n/translate";
import { ContactEmailStatus } from "./contact-email-status";
import type { ContactEmailState } from "./contact-email-status";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">{children}</dl>
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

/** The partner profile, read-only (P-profile-view without P-profile-edit: Admin agent, Sales agent, User management admin). */
export function ProfileDetails({
  view,
  t,
  countryLabel,
  contactEmail,
}: {
  view: PartnerProfileView;
  t: Translate;
  countryLabel: string;
  contactEmail: ContactEmailState;
}) {
  const { profile } = view;
  const optional = (value: string | null) =>
    value ?? <span className="text-slate-600">{t("profile.notProvided")}</span>;
  return (
    <>
      <Section id="legal-profile" title={t("profile.legal")}>
        <Row term={t("profile.legalName")}>{profile.legalName}</Row>
        <Row term={t("profile.address")}>
          <address className="not-italic">
            {profile.addressLine1}
            {profile.addressLine2 && (
              <>
                <br />
                {profile.addressLine2}
              </>
            )}
            <br />
            {profile.postalCode} {profile.city}
          </address>
        </Row>
        <Row term={t("profile.country")}>{countryLabel}</Row>
      </Section>
      <Section id="primary-contact" title={t("profile.contact")}>
        <Row term={t("profile.contactName")}>{profile.contactName}</Row>
        <Row term={t("profile.contactEmail")}>
          <span className="block">{profile.contactEmail}</span>
          <ContactEmailStatus state={contactEmail} />
        </Row>
        <Row term={t("profile.contactPhone")}>{profile.contactPhone}</Row>
      </Section>
      <Section id="customer-support" title={t("profile.support")}>
        <Row term={t("profile.supportEmail")}>{profile.supportEmail}</Row>
        <Row term={t("profile.supportPhone")}>{optional(profile.supportPhone)}</Row>
        <Row term={t("profile.supportWebsite")}>
          {profile.supportWebsite && isWebsite(profile.supportWebsite) ? (
            <a
              href={profile.supportWebsite}
              className="text-brand-700 underline"
              rel="noopener noreferrer nofollow"
              target="_blank"
            >
              {profile.supportWebsite}
            </a>
          ) : (
            optional(profile.supportWebsite)
          )}
        </Row>
      </Section>
    </>
  );
}
