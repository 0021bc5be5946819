import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";

/** Shows a temporary password once (R18): it lives only in this render, never in a URL or storage. */
export function TemporaryPasswordPanel({
  email,
  password,
  expiresInHours,
}: {
  email: string;
  password: string;
  expiresInHours: number;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <dl className="space-y-2 text-sm">
        <div>
          <dt className="font-semibold">{t("users.signInName")}</dt>
          <dd data-testid="sign-in-name">{email}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("users.tempPassword")}</dt>
          <dd className="flex items-center gap-3">
            <code data-testid="temporary-password" className="rounded bg-white px-2 py-1 font-mono text-base">
              {password}
            </code>
            <CopyButton value={password} label={t("common.copy")} copiedLabel={t("common.copied")} />
          </dd>
        </div>
      </dl>
      <p role="note" className="text-sm font-medium text-amber-900">
        {t("users.tempWarning", { hours: expiresInHours })}
      </p>
    </div>
  );
}
