import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { signOutAction } from "@/lib/auth/actions/sign-out";
import { signOutEverywhereAction } from "@/lib/auth/actions/sign-out-everywhere";
import { getT } from "@/lib/i18n/server";

export async function SignOutButtons() {
  const t = await getT();
  return (
    <div className="flex flex-wrap gap-2">
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="sm" className="font-normal underline">
          {t("nav.signOut")}
        </Button>
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
