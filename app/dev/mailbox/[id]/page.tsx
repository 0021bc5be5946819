import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readMessage } from "@/lib/dev-mail/read-mailbox";
import { getLocale } from "@/lib/i18n/server";
import { formatMailDate, MAILBOX_METADATA, mailboxLabels, requireMailboxDir } from "../mailbox";
import { LinkedText } from "./linked-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dir = process.env.MAILBOX_DIR;
  const message = dir ? await readMessage(dir, (await params).id) : null;
  return { ...MAILBOX_METADATA, title: message?.subject || mailboxLabels[await getLocale()].title };
}

/** One caught email: headers, the text part with clickable links, and the HTML part sandboxed. Only with MAILBOX_DIR: see ../mailbox.ts. */
export default async function MailboxMessagePage({ params }: Props) {
  const dir = requireMailboxDir();
  const message = await readMessage(dir, (await params).id);
  if (!message) notFound();
  const locale = await getLocale();
  const labels = mailboxLabels[locale];
  const headers = [
    [labels.from, message.from],
    [labels.to, message.to.join(", ")],
    [labels.date, formatMailDate(message.date, locale)],
  ];
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <Link href="/dev/mailbox" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {labels.back}
      </Link>
      <h1 className="mt-4 text-2xl font-semibold break-words">{message.subject || labels.noSubject}</h1>
      <section aria-labelledby="mail-headers" className="mt-4">
        <h2 id="mail-headers" className="sr-only">
          {labels.headers}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {headers.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-700">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="mail-text" className="mt-8">
        <h2 id="mail-text" className="text-lg font-semibold">
          {labels.textPart}
        </h2>
        {message.text ? (
          <pre className="mt-2 rounded-lg border border-slate-200 bg-white p-4 font-sans text-sm whitespace-pre-wrap">
            <LinkedText text={message.text} />
          </pre>
        ) : (
          <p className="mt-2 text-slate-700">{labels.noText}</p>
        )}
      </section>
      <section aria-labelledby="mail-html" className="mt-8">
        <h2 id="mail-html" className="text-lg font-semibold">
          {labels.htmlPart}
        </h2>
        {message.html ? (
          // No allow-scripts and no allow-same-origin: the email can't run code or reach the app;
          // allow-popups lets its target=_blank links open.
          <iframe
            title={labels.htmlFrameTitle}
            srcDoc={message.html}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            className="mt-2 h-[640px] w-full rounded-lg border border-slate-200 bg-white"
          />
        ) : (
          <p className="mt-2 text-slate-700">{labels.noHtml}</p>
        )}
      </section>
    </main>
  );
}
