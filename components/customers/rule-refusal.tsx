import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { refusalMessage, type DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

/** A page whose action a rule refuses (R9, R10): the rule in the reader's language, and the way back. */
export function RuleRefusal({
  t,
  title,
  backHref,
  backLabel,
  error,
}: {
  t: Translate;
  title: string;
  backHref: string;
  backLabel: string;
  error: DomainError;
}) {
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={backHref} className="text-sm text-brand-700 underline">
        {backLabel}
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Alert tone="warning">{refusalMessage(error, t)}</Alert>
    </div>
  );
}
