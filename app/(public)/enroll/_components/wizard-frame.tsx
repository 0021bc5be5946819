import type { ReactNode } from "react";
import type { Program } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";
import { buttonVariants } from "@/components/ui/button";

export type FrameStep = "welcome" | "account" | "pnId" | "details" | "verify";

const STEPS: { id: FrameStep; label: MessageKey }[] = [
  { id: "welcome", label: "enroll.steps.welcome" },
  { id: "account", label: "enroll.steps.account" },
  { id: "pnId", label: "enroll.steps.pnId" },
  { id: "details", label: "enroll.steps.details" },
  { id: "verify", label: "enroll.steps.verify" },
];

/** The wizard's frame: which program, where in the five steps (announced as the current step), the page title. */
export function WizardFrame(props: {
  t: Translate;
  program: Program;
  current: FrameStep;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t, program, current } = props;
  const currentIndex = STEPS.findIndex((step) => step.id === current);
  return (
    <div className="space-y-6">
      <p className="text-sm font-semibold text-brand-700">{t(`enroll.programTitle.${program}`)}</p>
      <nav aria-label={t("enroll.steps.label")}>
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {STEPS.map((step, index) => (
            <li
              key={step.id}
              aria-current={index === currentIndex ? "step" : undefined}
              className={index === currentIndex ? "font-semibold text-slate-900 underline" : undefined}
            >
              {index + 1}. {t(step.label)}
              {index < currentIndex && <span className="sr-only"> ({t("enroll.steps.done")})</span>}
            </li>
          ))}
        </ol>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{props.title}</h1>
        {props.intro && <div className="text-sm text-slate-700">{props.intro}</div>}
      </div>
      {props.children}
    </div>
  );
}

export const linkButton = buttonVariants();
export const secondaryLinkButton = buttonVariants({ variant: "secondary" });
