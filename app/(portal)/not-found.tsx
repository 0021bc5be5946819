import { NotFoundNotice } from "@/components/shell/not-found-notice";

/** A page of the shell answered not found: inside the shell's <main>, so no second main landmark. */
export default function NotFound() {
  return <NotFoundNotice />;
}
