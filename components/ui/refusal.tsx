import Link from "next/link";
import type { RefusalParts } from "@/lib/errors";
import { stateSentence, type FormState } from "@/lib/form-state";
import { Alert } from "./alert";

/** A rule's ID as a small muted tag beside the sentence ("R1"): for support and the curious, not the headline. */
export function RuleTag({ rule }: { rule: string }) {
  return (
    <span className="inline-block rounded border border-slate-300 bg-white/60 px-1 align-baseline text-xs font-medium text-slate-600">
      {rule}
    </span>
  );
}

/**
 * A refusal as people read it: the sentence first, then the next step (text, or a link when
 * `next` gives one), with the rule as a tag. Takes `refusalParts(error, t)` (lib/errors) or a
 * form state's parts; renders no hooks, so server and client components both use it.
 */
export function Refusal({
  sentence,
  rule,
  nextStep,
  next,
}: {
  sentence: string;
  rule?: string;
  nextStep?: string;
  /** A link for the next step; its label defaults to `nextStep`. */
  next?: { href: string; label?: string };
}) {
  const nextLabel = next?.label ?? nextStep;
  return (
    <>
      <p>
        {sentence}
        {rule && (
          <>
            {" "}
            <RuleTag rule={rule} />
          </>
        )}
      </p>
      {next && nextLabel ? (
        <p className="mt-2">
          <Link href={next.href} className="font-semibold underline underline-offset-2">
            {nextLabel}
          </Link>
        </p>
      ) : (
        nextStep && <p className="mt-1">{nextStep}</p>
      )}
    </>
  );
}

/** A form's outcome above its fields: success, or the refusal in its parts (sentence, next step, rule tag). */
export function StateAlert({ state, errorsOnly = false }: { state: FormState; errorsOnly?: boolean }) {
  const sentence = stateSentence(state);
  if (!sentence || (errorsOnly && state.status !== "error")) return null;
  return (
    <Alert tone={state.status === "error" ? "error" : "success"}>
      <Refusal sentence={sentence} rule={state.rule} nextStep={state.nextStep} />
    </Alert>
  );
}

/** Several refusals at once (a pre-flight's every broken rule), each in its parts. */
export function RefusalList({ refusals, testId }: { refusals: RefusalParts[]; testId?: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5" data-testid={testId}>
      {refusals.map((refusal) => (
        <li key={refusal.sentence}>
          <Refusal {...refusal} />
        </li>
      ))}
    </ul>
  );
}
