// The app server's answer while PostgreSQL doesn't answer: a small localized page for people
// (EN/DE by the language cookie, else Accept-Language) and an RFC 9457 problem for /api/*, both
// 503 with Retry-After. Texts come from the message catalog (lib/i18n/messages/unavailable-*.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";

export const RETRY_AFTER_SECONDS = 5;

export function requestLocale(request: IncomingMessage): Locale {
  const cookie = (request.headers.cookie ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers["accept-language"] ?? null);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function sendUnavailable(request: IncomingMessage, response: ServerResponse) {
  const locale = requestLocale(request);
  const t = translator(locale);
  const path = (request.url ?? "/").split("?")[0];
  response.statusCode = 503;
  response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("X-Content-Type-Options", "nosniff");
  if (path === "/api" || path.startsWith("/api/")) {
    response.setHeader("Content-Type", "application/problem+json");
    response.end(
      JSON.stringify({
        type: "about:blank",
        title: "Service Unavailable",
        status: 503,
        detail: t("unavailable.apiDetail"),
      }),
    );
    return;
  }
  const retryUrl = request.method === "GET" ? (request.url ?? "/") : "/";
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Content-Language", locale);
  response.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  response.end(`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("unavailable.title"))} · ${escapeHtml(t("app.name"))}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f5f5f5;color:#1a1a1a}main{max-width:32rem;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}a{color:#0b5cad}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t("unavailable.title"))}</h1>
<p>${escapeHtml(t("unavailable.body"))}</p>
<p><a href="${escapeHtml(retryUrl)}">${escapeHtml(t("unavailable.retry"))}</a></p>
</main>
</body>
</html>
`);
}
