import type { ReactNode } from "react";

/** The wizard needs more room than the sign-in card: widen the public layout's column for /enroll. */
export default function EnrollLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative left-1/2 w-[min(46rem,calc(100vw-3rem))] -translate-x-1/2 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      {children}
    </div>
  );
}
