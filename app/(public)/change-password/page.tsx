import { SignOutButtons } from "@/components/shell/sign-out-buttons";
import { requireUser } from "@/lib/auth/current-user";
import { passwordMinimum } from "@/lib/auth/password";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { changePasswordAction } from "./actions/change-password";
import { ChangePasswordForm } from "./change-password-form";

export const generateMetadata = titled("password.title");

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowTemporaryPassword: true });
  const t = await getT();
  const min = passwordMinimum(user.adminRole !== "NO_ADMIN");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("password.title")}</h1>
      <p className="mt-1 mb-6 text-sm text-slate-700">
        {user.mustChangePassword ? t("password.intro") : t("password.introVoluntary")}
      </p>
      <ChangePasswordForm action={changePasswordAction} passwordMin={min} />
      <div className="mt-6 border-t border-slate-200 pt-4">
        <SignOutButtons />
      </div>
    </div>
  );
}
