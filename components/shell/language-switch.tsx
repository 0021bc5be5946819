import { Button } from "@/components/ui/button";
import { getLocale, getT } from "@/lib/i18n/server";
import { setLocaleAction } from "@/lib/i18n/actions/set-locale";

const NAMES = { en: "English", de: "Deutsch" } as const;

/** Works without JavaScript: each language is a submit button. */
export async function LanguageSwitch() {
  const [locale, t] = [await getLocale(), await getT()];
  return (
    <form action={setLocaleAction} aria-label={t("common.language")} className="flex items-center gap-1 text-sm">
      {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((code) => (
        <Button
          key={code}
          type="submit"
          variant="ghost"
          size="sm"
          name="locale"
          value={code}
          lang={code}
          aria-pressed={code === locale}
          className="px-2 font-normal text-slate-700 aria-pressed:font-semibold aria-pressed:text-slate-900 aria-pressed:underline"
        >
          {NAMES[code]}
        </Button>
      ))}
    </form>
  );
}
