/** A GET search box for a list page: the query stays in the URL, so results can be shared and paged. */
export function SearchForm({
  id,
  label,
  button,
  defaultValue,
}: {
  id: string;
  label: string;
  button: string;
  defaultValue: string;
}) {
  return (
    <form role="search" method="get" className="flex items-end gap-2">
      <div className="flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={100}
          className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
      >
        {button}
      </button>
    </form>
  );
}
