import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { signOutEverywhereAction } from "@/lib/auth/actions/sign-out-everywhere";
import { getT } from "@/lib/i18n/server";

export async function SignOutButtons() {
  const t = await getT();
  const button = "rounded px-2 py-1 text-sm text-slate-800 underline hover:bg-slate-100";
  return (
    <div className="flex flex-wrap gap-2">
      <form action={signOutAction}>
        <button type="submit" className={button}>
          {t("nav.signOut")}
        </button>
      </form>
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="sm" className="font-normal underline">
            {t("nav.signOutEverywhere")}
          </Button>
        }
        title={t("confirm.signOutEverywhere.title")}
        description={t("confirm.signOutEverywhere.body")}
        confirmLabel={t("confirm.signOutEverywhere.submit")}
        action={signOutEverywhereAction}
      />
    </div>
  );
}
