// ESLint (flat config): `npm run lint`. TypeScript everywhere through typescript-eslint; the
// React hooks rules for the admin page. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "dashboard/build/",
      "dashboard/build.tmp-*/",
      "dashboard/.medusa/",
      ".e2e-cache/",
      "bench/results/",
      ".salesgraph*/",
      ".scratch/",
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["admin-ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      // `_`-prefixed names are deliberate discards (`const { salt: _salt, ...rest } = row`), and
      // rest siblings name the keys a rest object leaves out
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // a variable read by a closure before its one assignment (start.ts's shutdown handler sees
      // `app` and `server` before they exist) cannot be a const: it would throw in its TDZ
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // tests (e2e too), their helpers, benchmarks and scripts read JSON bodies whose shape the assertions check
    files: ["**/*.test.ts", "**/test-support/**", "test/**", "e2e/**", "bench/**", "scripts/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // these patterns look for NUL on purpose: PostgreSQL text cannot hold it
    files: ["src/framework/query/filters.ts", "src/reliability/hostile-bodies.test.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
)
