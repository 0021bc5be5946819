import { NotFoundNotice } from "@/components/shell/not-found-notice";

/** A page of the operator console answered not found: inside the console's <main>, so no second main landmark. */
export default function NotFound() {
  return <NotFoundNotice />;
}
