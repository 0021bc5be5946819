import "server-only";
import { createElement } from "react";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "@/emails";
import type { EmailTemplate } from "@/emails/define-email";
import type { Locale } from "@/lib/i18n/locales";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders one template to subject, HTML and plain text. */
export async function renderEmail<N extends EmailTemplateName>(
  template: N,
  locale: Locale,
  props: EmailProps<N>,
): Promise<RenderedEmail> {
  const definition = emailTemplates[template] as EmailTemplate<EmailProps<N>>;
  // Loaded on demand: Next refuses a static react-dom/server import in App Router server code.
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = `<!DOCTYPE html>${renderToStaticMarkup(createElement(definition.component, { ...props, locale }))}`;
  return { subject: definition.subject(locale, props), html, text: definition.text(locale, props) };
}
