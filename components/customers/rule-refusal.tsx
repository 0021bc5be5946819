import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Refusal } from "@/components/ui/refusal";
import { refusalParts, type DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

/**
 * A page whose action a rule refuses (R9, R10): the sentence in the reader's language with the rule
 * as a tag, the way forward when there is one (`next`: a link, labelled with the refusal's next step
 * unless given), and the way back.
 */
export function RuleRefusal({
  t,
  title,
  backHref,
  backLabel,
  error,
  next,
}: {
  t: Translate;
  title: string;
  backHref: string;
  backLabel: string;
  error: DomainError;
  next?: { href: string; label?: string };
}) {
  return (
    <div className="max-w-3xl space-y-6">
      <Link href={backHref} className="text-sm text-brand-700 underline">
        {backLabel}
      </Link>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Alert tone="warning">
        <Refusal {...refusalParts(error, t)} next={next} />
      </Alert>
    </div>
  );
}
