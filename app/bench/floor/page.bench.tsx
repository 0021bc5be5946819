import { connection } from "next/server";

// The bench's floor (scripts/bench.ts): only in a BENCH_BUILD=1 build (next.config.ts). A dynamic
// page through the root layout and proxy.ts, with no session, no database and no translations:
// every other page's throughput is reported as a share of this one's.
export default async function FloorPage() {
  await connection();
  return (
    <main>
      <h1>Floor</h1>
    </main>
  );
}
