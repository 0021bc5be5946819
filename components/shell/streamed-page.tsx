import { Suspense, type ReactNode } from "react";
import { ContentSkeleton } from "./content-skeleton";

/**
 * A page whose content streams in behind the skeleton, after a check that may answer not-found.
 * `check` (the permission, the row's existence) runs before anything is sent, so a forbidden or
 * missing page keeps its HTTP 404; only then does the page's own data load behind the skeleton. A
 * loading.tsx can't do this: its fallback starts the stream first and fixes the status at 200.
 * Loaders called by both should be wrapped in React's `cache()` so they run once.
 */
export function streamedPage<P extends object>(
  check: (props: P) => Promise<unknown>,
  Page: (props: P) => Promise<ReactNode>,
) {
  return async function StreamedPage(props: P) {
    await check(props);
    return (
      <Suspense fallback={<ContentSkeleton />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
