import type { Metadata } from "next";
import Link from "next/link";
import { readMailbox } from "@/lib/dev-mail/read-mailbox";
import { getLocale } from "@/lib/i18n/server";
import { formatMailDate, MAILBOX_METADATA, mailboxLabels, requireMailboxDir } from "./mailbox";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { ...MAILBOX_METADATA, title: mailboxLabels[await getLocale()].title };
}

/** Development Mailbox: every email the local mail catcher received, newest first. Only with MAILBOX_DIR, without sign-in: see ./mailbox.ts. */
export default async function MailboxPage() {
  const dir = requireMailboxDir();
  const locale = await getLocale();
  const labels = mailboxLabels[locale];
  const messages = await readMailbox(dir);
  return (
    <main id="main" className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-2xl font-semibold">{labels.title}</h1>
      <p className="mt-1 text-sm text-slate-700">{labels.intro}</p>
      {messages.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{labels.empty}</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{labels.caption}</caption>
            <thead className="border-b border-slate-200 bg-slate-100 text-slate-800">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {labels.subject}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {labels.to}
                </th>
                <th scope="col" className="px-4 py-2 font-semibold">
                  {labels.date}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {messages.map((message) => (
                <tr key={message.id}>
                  <td className="px-4 py-2">
                    <Link href={`/dev/mailbox/${message.id}`} className="text-brand-700 underline">
                      {message.subject || labels.noSubject}
                    </Link>
                  </td>
                  <td className="px-4 py-2 break-all">{message.to.join(", ")}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {message.date && <time dateTime={message.date}>{formatMailDate(message.date, locale)}</time>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
