export type JobRow = {
  name: string;
  label: string;
  schedule: string;
  lastRun: string;
  state: string;
  /** Highlights a failing job. */
  failing: boolean;
  nextRun: string;
  failures: number;
  dead: number;
  lastError: string;
};

export type JobsTableLabels = Record<
  "caption" | "job" | "schedule" | "lastRun" | "state" | "nextRun" | "failures" | "dead" | "lastError",
  string
>;

/** The operator console's jobs: one row per job, texts ready-made by the page. */
export function JobsTable({ rows, labels }: { rows: JobRow[]; labels: JobsTableLabels }) {
  const cell = "px-4 py-2 align-top";
  const columns = ["job", "schedule", "lastRun", "state", "nextRun", "failures", "dead", "lastError"] as const;
  return (
    <div
      role="region"
      aria-labelledby="jobs-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand-700"
    >
      <table className="w-full text-left text-sm">
        <caption id="jobs-caption" className="sr-only">
          {labels.caption}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={cell}>
                {labels[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-t border-slate-200">
              <th scope="row" className={`${cell} font-medium`}>
                {row.label}
                <span className="block font-mono text-xs font-normal text-slate-600">{row.name}</span>
              </th>
              <td className={cell}>{row.schedule}</td>
              <td className={cell}>{row.lastRun}</td>
              <td className={`${cell} ${row.failing ? "font-semibold text-red-800" : ""}`}>{row.state}</td>
              <td className={cell}>{row.nextRun}</td>
              <td className={cell}>{row.failures}</td>
              <td className={`${cell} ${row.dead > 0 ? "font-semibold text-red-800" : ""}`}>{row.dead}</td>
              <td className={`${cell} max-w-md break-words font-mono text-xs`}>{row.lastError}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
