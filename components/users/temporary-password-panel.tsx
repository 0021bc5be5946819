import { CopyButton } from "@/components/ui/copy-button";

export type TemporaryPasswordLabels = {
  signInName: string;
  tempPassword: string;
  warning: string;
  copy: string;
  copied: string;
};

/** Shows a temporary password once (R18): it lives only in this render, never in a URL or storage. */
export function TemporaryPasswordPanel({
  email,
  password,
  labels,
}: {
  email: string;
  password: string;
  labels: TemporaryPasswordLabels;
}) {
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="font-semibold">{labels.signInName}</dt>
          <dd data-testid="sign-in-name">{email}</dd>
        </div>
        <div>
          <dt className="font-semibold">{labels.tempPassword}</dt>
          <dd className="flex items-center gap-3">
            <code data-testid="temporary-password" className="rounded bg-white px-2 py-1 font-mono text-base">
              {password}
            </code>
            <CopyButton value={password} label={labels.copy} copiedLabel={labels.copied} />
          </dd>
        </div>
      </dl>
      <p role="note" className="text-sm font-medium text-amber-900">
        {labels.warning}
      </p>
    </div>
  );
}
