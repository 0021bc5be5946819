import { NotFoundNotice } from "@/components/shell/not-found-notice";

/** An unknown address: outside every layout with a <main>, so this page is the main landmark. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <NotFoundNotice />
    </main>
  );
}
