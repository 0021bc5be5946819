import { getFormatter } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { StatusBadge } from "@/components/ui/status-badge";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { RoleChoice } from "@/components/users/role-choice";
import { requirePermission } from "@/lib/auth/current-user";
import { can, grantableRoles, mayManage } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { getUser } from "@/lib/users/get-user";
import { removeUserAction } from "../actions/remove-user";
import { resetUserPasswordAction } from "../actions/reset-user-password";
import { setUserStatusAction } from "../actions/set-user-status";
import { updateUserRolesAction } from "../actions/update-user-roles";

export const generateMetadata = titled("users.detailTitle");

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("users-view");
  const target = await getUser(actor, (await params).id);
  if (!target) notFound();
  const t = await getT();
  const format = await getFormatter();
  // R17: the forms show only for a user whose every role the actor could grant; the server checks again.
  const canManage = can(actor, "users-manage") && mayManage(actor, target);
  const isSelf = target.id === actor.userId;
  const status = target.status === "DISABLED" ? "DISABLED" : target.mustChangePassword ? "MUST_CHANGE" : "ACTIVE";
  const grantable = grantableRoles(actor);
  // The current role stays selectable so the form shows the truth; the server refuses what can't be granted.
  const options = <R extends string>(roles: R[], current: R) =>
    [...new Set([current, ...roles])].map((role) => ({
      value: role,
      label: t(`role.${role}` as never),
      summary: t(`users.roleSummary.${role}` as never),
    }));
  const date = (value: Date) => format.dateTime(value, "dateTime");

  return (
    <div className="max-w-3xl space-y-8">
      <Link href="/settings/users" className="inline-flex items-center gap-1 text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
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
            <StatusBadge kind="user" status={status}>
              {t(`users.status.${status}`)}
            </StatusBadge>
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
            <RoleChoice
              legend={t("users.agentRole")}
              name="agentRole"
              options={options(grantable.agent, target.agentRole)}
              defaultValue={target.agentRole}
            />
            <RoleChoice
              legend={t("users.adminRole")}
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
            <ResetPasswordForm action={resetUserPasswordAction} userId={target.id} userName={target.name} />
          </div>
          {target.status === "DISABLED" ? (
            <ActionForm action={setUserStatusAction} submitLabel={t("users.enable")} variant="secondary">
              <input type="hidden" name="userId" value={target.id} />
              <input type="hidden" name="status" value="ACTIVE" />
            </ActionForm>
          ) : (
            <ConfirmDialog
              trigger={<Button variant="secondary">{t("users.disable")}</Button>}
              title={t("confirm.disableUser.title", { name: target.name })}
              description={t("confirm.disableUser.body", { name: target.name })}
              confirmLabel={t("confirm.disableUser.submit")}
              action={setUserStatusAction}
              fields={{ userId: target.id, status: "DISABLED" }}
            />
          )}
          <div>
            {/* The most serious: the user's name must be typed; `confirm` is the action's own check. */}
            <ConfirmDialog
              trigger={<Button variant="destructive">{t("users.remove")}</Button>}
              title={t("confirm.removeUser.title", { name: target.name })}
              description={t("confirm.removeUser.body", { name: target.name, email: target.email })}
              confirmLabel={t("confirm.removeUser.submit")}
              action={removeUserAction}
              fields={{ userId: target.id, confirm: "yes" }}
              typedName={target.name}
            />
          </div>
        </section>
      )}
    </div>
  );
}
