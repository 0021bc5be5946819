// SPEC §5 templates in English and German; ENGINEERING §3 escaping and header injection.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "@/emails";
import { emailColors } from "@/emails/layout";
import { renderEmail } from "@/lib/email/render-email";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

const link = "https://partner-center.test/invitations/abc123";

const samples: { [N in EmailTemplateName]: EmailProps<N> } = {
  "user-added": {
    userName: "Ada Admin",
    email: "ada@fabrikam.example",
    organizationName: "Fabrikam Solutions",
    signInUrl: link,
  },
  "contact-verification": {
    contactName: "Ada",
    organizationName: "Fabrikam Solutions",
    verifyUrl: link,
    expiresInDays: 3,
  },
  "contact-email-changed": {
    contactName: "Ada",
    organizationName: "Fabrikam Solutions",
    newEmail: "new-contact@fabrikam.example",
    changedBy: "Fay Fabrikam",
    profileUrl: link,
  },
  "enrollment-status": {
    organizationName: "Fabrikam Solutions",
    program: "INDIRECT_RESELLER",
    status: "REJECTED",
    reason: "The PN ID is inactive.",
    statusUrl: link,
  },
  "enrollment-approved": { organizationName: "Fabrikam Solutions", program: "INDIRECT_PROVIDER", overviewUrl: link },
  "reseller-invitation": {
    providerName: "Northwind Distribution",
    invitationUrl: link,
    message: "Hello Rita,\n\nlooking forward to it.",
    expiresInDays: 30,
  },
  "customer-invitation": {
    partnerName: "Fabrikam Solutions",
    providerName: "Northwind Distribution",
    invitationUrl: link,
    message: "Hello,\n\nwe would be glad to work with you.",
  },
  "relationship-notice": {
    kind: "RELATIONSHIP_ENDED",
    organizationName: "Northwind Distribution",
    counterpartName: "Fabrikam Solutions",
    detailsUrl: link,
  },
  "support-reply": { requestSubject: "Billing question", reply: "We fixed the invoice.", requestUrl: link },
  "invitation-update": {
    kind: "REFUSED",
    invitationKind: "CUSTOMER_JOINT",
    partnerName: "Fabrikam Solutions",
    providerName: "Northwind Distribution",
    inviteeName: "Litware Inc",
    reason: "R1: the customer is in North America; Fabrikam Solutions is in Europe.",
    detailsUrl: link,
  },
};

const names = Object.keys(emailTemplates) as EmailTemplateName[];
const everyTemplateInEveryLanguage = names.flatMap((name) => LOCALES.map((locale) => [name, locale] as const));

/** The greeting words of both languages (emails.common.greeting*): each email says hello exactly once. */
const greetings = (text: string) => text.match(/\b(Hello|Hallo|Guten Tag)\b/g) ?? [];
/** React Email's preview: the hidden text inbox lists show beside the subject. */
const previewOf = (html: string) => /<div style="display:none[^>]*>([^<]+)<\/?div>/.exec(html)?.[1];

afterEach(() => {
  delete process.env.VENDOR_NAME;
});

describe("§5 email templates", () => {
  it.each(everyTemplateInEveryLanguage)("§5 templates: %s renders HTML and text in %s", async (name, locale) => {
    const email = await renderEmail(name, locale, samples[name] as never);
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.html).toMatch(/^<!DOCTYPE html[^>]*><html[^>]* lang="/);
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.html).toContain(`href="${link}"`);
    expect(email.text).toContain(link);
    expect(email.text).not.toMatch(/<[a-z]/i);
    // Preview text: the lead sentence, which the text part says too; the greeting once in each part.
    const preview = previewOf(email.html);
    expect(preview?.length).toBeGreaterThan(20);
    expect(email.text).toContain(preview!.replace(/…$/, ""));
    expect(greetings(email.text)).toHaveLength(1);
    expect(greetings(email.html)).toHaveLength(1);
    expect(email.text).toContain(translator(locale)("emails.layout.footer", { vendor: "Contoso Cloud" }));
  });

  it.each(everyTemplateInEveryLanguage)(
    "§3 HTML escaped in emails: a <script> in every text prop of %s (%s) stays text",
    async (name, locale) => {
      const attack = `<script>alert("x")</script>`;
      // Free-text props only: links must stay http(s) and enum props (kind, program, status) keep their value.
      const hostile = Object.fromEntries(
        Object.entries(samples[name]).map(([key, value]) => [
          key,
          typeof value === "string" && !key.endsWith("Url") && !/^[A-Z_]+$/.test(value) ? `${value} ${attack}` : value,
        ]),
      );
      const email = await renderEmail(name, locale, hostile as never);
      expect(email.html).not.toContain("<script");
      expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    },
  );

  it.each(LOCALES)("§5 R16 templates: an invitation with the partner's letter says hello once (%s)", async (locale) => {
    const t = translator(locale as Locale);
    const names = { inviter: "Fabrikam Solutions", coInviter: "", target: "Litware", sender: "Ada", vendor: "Contoso" };
    const resellerLetter = t("partnerships.draft.defaultText", names);
    const customerLetter = t("invites.draft.defaultText.request", names);
    const withLetter = [
      await renderEmail("reseller-invitation", locale, { ...samples["reseller-invitation"], message: resellerLetter }),
      await renderEmail("customer-invitation", locale, { ...samples["customer-invitation"], message: customerLetter }),
    ];
    const withoutLetter = await renderEmail("customer-invitation", locale, {
      ...samples["customer-invitation"],
      message: undefined,
    });
    for (const email of [...withLetter, withoutLetter]) {
      expect(greetings(email.text)).toHaveLength(1);
      expect(greetings(email.html)).toHaveLength(1);
    }
    expect(withLetter[0]!.text).toContain(resellerLetter.split("\n").at(-1));
    expect(withoutLetter.text).toContain(t("emails.common.greeting"));
  });

  it("§5 templates: the layout uses the app's brand colour (app/globals.css)", async () => {
    const css = readFileSync(path.join(process.cwd(), "app/globals.css"), "utf8");
    expect(css).toContain(`--color-brand-600: ${emailColors.brand};`);
    expect(css).toContain(`--color-brand-50: ${emailColors.brandSoft};`);
    const email = await renderEmail("user-added", "en", samples["user-added"]);
    expect(email.html).toContain(`background-color:${emailColors.brand}`);
  });

  it("§5 templates: the German version is in German, the English one in English", async () => {
    const german = await renderEmail("contact-verification", "de", samples["contact-verification"]);
    const english = await renderEmail("contact-verification", "en", samples["contact-verification"]);
    expect(german.subject).toBe("Bestätigen Sie Ihre E-Mail-Adresse für Fabrikam Solutions");
    expect(german.html).toContain("E-Mail-Adresse bestätigen");
    expect(german.text).toContain("Der Link ist 3 Tage gültig.");
    expect(english.subject).toBe("Verify your email address for Fabrikam Solutions");
    expect(english.text).toContain("The link expires in 3 days.");
  });

  it("§5 templates: the layout names the vendor from VENDOR_NAME and the product", async () => {
    process.env.VENDOR_NAME = "Fabrikam Cloud";
    const email = await renderEmail("enrollment-approved", "en", samples["enrollment-approved"]);
    expect(email.html).toContain("Fabrikam Cloud · Partner Center");
    expect(email.text).toContain("Fabrikam Cloud partner program");
  });

  it("§5 R18 templates: the new-user notice says the administrator gives the temporary password", async () => {
    const email = await renderEmail("user-added", "en", samples["user-added"]);
    expect(email.text).toContain("An account was created for you at Fabrikam Solutions.");
    expect(email.text).toContain("Your administrator gives you the temporary password.");
  });

  it("§3 HTML escaped in emails: a <script> in props stays text", async () => {
    const attack = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const email = await renderEmail("reseller-invitation", "en", {
      providerName: attack,
      invitationUrl: link,
      message: attack,
    });
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("<img");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.text).toContain(attack); // the text part is plain text, shown as such by mail clients
  });

  it("§3 no header injection: CR/LF in a subject's props become spaces", async () => {
    const email = await renderEmail("user-added", "en", {
      ...samples["user-added"],
      organizationName: "Evil\r\nBcc: victim@example.com\r\n",
    });
    expect(email.subject).toBe("Your Partner Center account at Evil Bcc: victim@example.com");
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("§3 email links: only absolute http(s) links are accepted", async () => {
    await expect(
      renderEmail("support-reply", "en", { ...samples["support-reply"], requestUrl: "javascript:alert(1)" }),
    ).rejects.toThrow(/http\(s\)/);
    await expect(
      renderEmail("support-reply", "en", { ...samples["support-reply"], requestUrl: "/relative" }),
    ).rejects.toThrow(/http\(s\)/);
  });
});
