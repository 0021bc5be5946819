import { cn } from "@/components/ui/cn";

export type RoleOption = { value: string; label: string; summary: string };

/**
 * One role as radio cards: each card names the role and says in one line what it can do (SPEC §2).
 * The radio's name is the role alone (its summary is its description), so "Sales agent" finds it.
 */
export function RoleChoice(props: {
  legend: string;
  name: string;
  options: RoleOption[];
  defaultValue: string;
  error?: string;
}) {
  const id = `field-${props.name}`;
  return (
    <fieldset className="space-y-2" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{props.legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {props.options.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 text-sm",
              "has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600",
            )}
          >
            <input
              type="radio"
              name={props.name}
              value={option.value}
              defaultChecked={option.value === props.defaultValue}
              aria-labelledby={`${id}-${option.value}`}
              aria-describedby={`${id}-${option.value}-summary`}
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <span className="min-w-0">
              <span id={`${id}-${option.value}`} className="block font-medium text-slate-900">
                {option.label}
              </span>
              <span id={`${id}-${option.value}-summary`} className="block text-slate-600">
                {option.summary}
              </span>
            </span>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
