// ESLint: Next's rules (React, hooks, a11y, core web vitals) with typescript-eslint, plus the
// import boundaries ARCHITECTURE.md describes. Formatting is Prettier's job (`npm run format`).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".next-bench/**",
    ".data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Shared components are used by pages, never the other way round.
    files: ["components/**"],
    rules: restrict([
      {
        group: ["@/app/*", "@/app"],
        message: "components never import app/: move the shared piece into components or lib.",
      },
    ]),
  },
  {
    // Domain code knows nothing of forms, request-scoped translators or React.
    files: ["lib/**"],
    ignores: ["lib/actions/**", "lib/forms.ts", "lib/i18n/**", "lib/auth/**", "lib/pages/**", "lib/dev-mail/**"],
    rules: restrict([
      { group: ["@/app/*", "@/components/*"], message: "lib never imports the UI layer (app/, components/)." },
      {
        group: ["@/lib/forms", "@/lib/actions/*", "@/lib/i18n/server"],
        message: "Domain code returns data and throws DomainError; forms and translation belong to actions and pages.",
      },
    ]),
  },
]);
