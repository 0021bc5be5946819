import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { requirePermission } from "@/lib/auth/current-user";
import { can, grantableRoles, mayManage } from "@/lib/authz/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { getUser } from "@/lib/users/get-user";
import { removeUserAction } from "../actions/remove-user";
import { resetUserPasswordAction } from "../actions/reset-user-password";
import { setUserStatusAction } from "../actions/set-user-status";
import { updateUserRolesAction } from "../actions/update-user-roles";

export const metadata: Metadata = { title: "User details" };

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("users-view");
  const target = await getUser(actor, (await params).id);
  if (!target) notFound();
  const [t, locale] = [await getT(), await getLocale()];
  // R17: the forms show only for a user whose every role the actor could grant; the server checks again.
  const canManage = can(actor, "users-manage") && mayManage(actor, target);
  const isSelf = target.id === actor.userId;
  const grantable = grantableRoles(actor);
  // The current role stays selectable so the form shows the truth; the server refuses what can't be granted.
  const options = <R extends string>(roles: R[], current: R) =>
    [...new Set([current, ...roles])].map((role) => ({ value: role, label: t(`role.${role}` as never) }));
  const date = (value: Date) => value.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  const tempLabels = {
    signInName: t("users.signInName"),
    tempPassword: t("users.tempPassword"),
    warning: t("users.tempWarning"),
    copy: t("common.copy"),
    copied: t("common.copied"),
  };

  return (
    <div className="max-w-3xl space-y-8">
      <Link href="/settings/users" className="text-sm text-brand-700 underline">
        {t("users.backToList")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">
          {target.name} {isSelf && <span className="text-base font-normal text-slate-600">{t("users.you")}</span>}
        </h1>
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
          <dt className="font-semibold">{t("users.email")}</dt>
          <dd>{target.email}</dd>
          <dt className="font-semibold">{t("users.statusLabel")}</dt>
          <dd>
            {t(
              target.status === "DISABLED"
                ? "users.status.DISABLED"
                : target.mustChangePassword
                  ? "users.status.MUST_CHANGE"
                  : "users.status.ACTIVE",
            )}
          </dd>
          <dt className="font-semibold">{t("users.lastSignIn")}</dt>
          <dd>{target.lastSignInAt ? date(target.lastSignInAt) : t("users.never")}</dd>
          <dt className="font-semibold">{t("users.created")}</dt>
          <dd>{date(target.createdAt)}</dd>
          {target.mustChangePassword && target.tempPasswordExpiresAt && (
            <>
              <dt className="font-semibold">{t("users.tempExpires")}</dt>
              <dd>{date(target.tempPasswordExpiresAt)}</dd>
            </>
          )}
        </dl>
      </div>

      <section aria-labelledby="roles" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="roles" className="text-lg font-semibold">
          {t("users.roles")}
        </h2>
        {canManage ? (
          <ActionForm action={updateUserRolesAction} submitLabel={t("users.update")}>
            <input type="hidden" name="userId" value={target.id} />
            <SelectField
              label={t("users.agentRole")}
              name="agentRole"
              options={options(grantable.agent, target.agentRole)}
              defaultValue={target.agentRole}
            />
            <SelectField
              label={t("users.adminRole")}
              name="adminRole"
              options={options(grantable.admin, target.adminRole)}
              defaultValue={target.adminRole}
            />
          </ActionForm>
        ) : (
          <>
            <p className="text-sm">
              {t(`role.${target.agentRole}`)}, {t(`role.${target.adminRole}`)}
            </p>
            {can(actor, "users-manage") && <p className="text-sm text-slate-700">{t("users.cantManageNote")}</p>}
          </>
        )}
      </section>

      {canManage && !isSelf && (
        <section aria-labelledby="access" className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="access" className="text-lg font-semibold">
            {t("users.dangerZone")}
          </h2>
          <div className="space-y-2">
            <h3 className="font-medium">{t("users.resetPassword")}</h3>
            <p className="text-sm text-slate-700">{t("users.resetIntro")}</p>
            <ResetPasswordForm
              action={resetUserPasswordAction}
              userId={target.id}
              labels={{ ...tempLabels, submit: t("users.resetPassword"), done: t("users.resetDone") }}
            />
          </div>
          <ActionForm
            action={setUserStatusAction}
            submitLabel={t(target.status === "DISABLED" ? "users.enable" : "users.disable")}
            variant="secondary"
          >
            <input type="hidden" name="userId" value={target.id} />
            <input type="hidden" name="status" value={target.status === "DISABLED" ? "ACTIVE" : "DISABLED"} />
          </ActionForm>
          <ActionForm action={removeUserAction} submitLabel={t("users.remove")} variant="destructive">
            <input type="hidden" name="userId" value={target.id} />
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="confirm" value="yes" className="mt-1" />
              <span>{t("users.removeConfirm", { email: target.email })}</span>
            </label>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
