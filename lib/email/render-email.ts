import "server-only";
import { createElement } from "react";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "@/emails";
import type { EmailTemplate } from "@/emails/define-email";
import type { Locale } from "@/lib/i18n/locales";

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Renders one template to subject, HTML (React Email's renderer) and plain text. Awaited by
 * `enqueueEmail` inside the caller's transaction; rendering reads nothing but the props.
 */
export async function renderEmail<N extends EmailTemplateName>(
  template: N,
  locale: Locale,
  props: EmailProps<N>,
): Promise<RenderedEmail> {
  const definition = emailTemplates[template] as EmailTemplate<EmailProps<N>>;
  const subject = definition.subject(locale, props);
  // Loaded on demand: it brings Prettier and react-dom/server, which only sending needs.
  const { render } = await import("@react-email/render");
  const html = await render(createElement(definition.component, { ...props, locale }));
  return { subject, html, text: definition.text(locale, props) };
}
