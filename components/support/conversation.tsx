import type { SupportRequestDetail } from "@/lib/support/support-request-select";
import type { Translate } from "@/lib/i18n/translate";

/** A support request's conversation: the description as the opening message, then every reply in order. */
export function Conversation({
  request,
  t,
  vendor,
  formatDate,
}: {
  request: SupportRequestDetail;
  t: Translate;
  vendor: string;
  formatDate: (date: Date) => string;
}) {
  const entries = [
    {
      id: "description",
      author: request.createdBy?.name ?? t("support.formerUser"),
      fromVendor: false,
      at: request.createdAt,
      body: request.description,
    },
    ...request.messages.map((message) => ({
      id: message.id,
      author: message.operatorId
        ? t("support.vendorSupport", { vendor })
        : (message.user?.name ?? t("support.formerUser")),
      fromVendor: Boolean(message.operatorId),
      at: message.createdAt,
      body: message.body,
    })),
  ];
  return (
    <section aria-labelledby="conversation" className="space-y-3">
      <h2 id="conversation" className="text-lg font-semibold">
        {t("support.conversation")}
      </h2>
      <ol className="space-y-3">
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`rounded-lg border p-4 ${entry.fromVendor ? "border-sky-300 bg-sky-50" : "border-slate-200 bg-white"}`}
          >
            <p className="text-sm font-semibold">
              {entry.author} <span className="font-normal text-slate-700">· {formatDate(entry.at)}</span>
            </p>
            <p className="mt-2 text-sm whitespace-pre-line break-words">{entry.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
