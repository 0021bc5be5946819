import { Search } from "lucide-react";
import { Button } from "./button";
import { TextField } from "./text-field";

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
      <TextField
        id={id}
        label={label}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={100}
        className="max-w-md flex-1"
      />
      <Button type="submit" variant="secondary">
        <Search aria-hidden="true" />
        {button}
      </Button>
    </form>
  );
}
