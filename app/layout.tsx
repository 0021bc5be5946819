import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { Suspense, type ReactNode } from "react";
import { TimeZoneCookie } from "@/components/i18n/time-zone-cookie";
import { Toaster } from "@/components/ui/toaster";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partner Center", template: "%s · Partner Center" },
  description: "Run your partner program: enrollment, users, providers, resellers and customers.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Locale, time zone and formats come from lib/i18n/request.ts; only the client namespaces travel. */}
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <TimeZoneCookie />
          {children}
          <Suspense>
            <Toaster />
          </Suspense>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
