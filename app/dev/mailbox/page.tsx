import type { Metadata } from "next";
import { RowLink, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
        <Table caption={labels.caption} className="mt-6">
          <TableHead>
            <TableHeader>{labels.subject}</TableHeader>
            <TableHeader>{labels.to}</TableHeader>
            <TableHeader>{labels.date}</TableHeader>
          </TableHead>
          <TableBody>
            {messages.map((message) => (
              <TableRow key={message.id} clickable>
                <TableCell label={labels.subject}>
                  <RowLink href={`/dev/mailbox/${message.id}`} className="font-normal">
                    {message.subject || labels.noSubject}
                  </RowLink>
                </TableCell>
                <TableCell label={labels.to} className="break-all">
                  {message.to.join(", ")}
                </TableCell>
                <TableCell label={labels.date} className="whitespace-nowrap">
                  {message.date && <time dateTime={message.date}>{formatMailDate(message.date, locale)}</time>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </main>
  );
}
