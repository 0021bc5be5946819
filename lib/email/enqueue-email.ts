import "server-only";
import type { EmailProps, EmailTemplateName } from "@/emails";
import type { Tx } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { renderEmail } from "./render-email";

export type EnqueueEmailInput<N extends EmailTemplateName> = {
  to: string;
  template: N;
  locale: Locale;
  props: EmailProps<N>;
  tenantId?: string | null;
};

// The WHATWG `type=email` grammar, on an already lower-cased address.
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Trims and lower-cases one address; refuses lists, display names and anything else. */
function normalizeEmailAddress(address: string): string {
  const normalized = address.trim().toLowerCase();
  if (normalized.length > 254 || !EMAIL_PATTERN.test(normalized)) throw validationError({ to: "email.addressInvalid" });
  return normalized;
}

/**
 * Writes one email to the outbox inside the caller's transaction, so it exists exactly when
 * the change commits. Call `wakeEmailWorker()` after the commit to send it right away.
 */
export async function enqueueEmail<N extends EmailTemplateName>(
  tx: Tx,
  input: EnqueueEmailInput<N>,
): Promise<{ id: string }> {
  const toAddress = normalizeEmailAddress(input.to);
  // Temporary passwords are never emailed (ENGINEERING §3); refuse props that look like one.
  if (Object.keys(input.props).some((key) => /passw/i.test(key)))
    throw new Error(`email "${input.template}" must not carry a password`);
  const locale = isLocale(input.locale) ? input.locale : DEFAULT_LOCALE;
  const { subject, html, text } = await renderEmail(input.template, locale, input.props);
  return tx.outboxEmail.create({
    data: { tenantId: input.tenantId ?? null, template: input.template, toAddress, subject, html, text },
    select: { id: true },
  });
}
