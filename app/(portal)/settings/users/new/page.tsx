import Link from "next/link";
import { AddUserForm } from "@/components/users/add-user-form";
import { requirePermission } from "@/lib/auth/current-user";
import { grantableRoles } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { addUserAction } from "../actions/add-user";

export const generateMetadata = titled("users.addTitle");

export default async function AddUserPage() {
  const user = await requirePermission("users-manage");
  const t = await getT();
  const roles = grantableRoles(user);
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/settings/users" className="text-sm text-brand-700 underline">
        {t("users.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("users.addTitle")}</h1>
      <p className="text-sm text-slate-700">{t("users.addIntro")}</p>
      <AddUserForm
        action={addUserAction}
        agentOptions={roles.agent.map((role) => ({
          value: role,
          label: t(`role.${role}`),
          summary: t(`users.roleSummary.${role}`),
        }))}
        adminOptions={roles.admin.map((role) => ({
          value: role,
          label: t(`role.${role}`),
          summary: t(`users.roleSummary.${role}`),
        }))}
      />
    </div>
  );
}
