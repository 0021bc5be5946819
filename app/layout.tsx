import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Partner Center", template: "%s · Partner Center" },
  description: "Run your partner program: enrollment, users, providers, resellers and customers.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
