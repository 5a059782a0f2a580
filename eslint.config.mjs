import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  // The rule turns a route with two dynamic segments (app/sandbox/[location]/api/[...path]) into one
  // greedy pattern, /sandbox/.*, and then calls every <a> to a sandbox JSON endpoint a page link
  // (@next/eslint-plugin-next, utils/url.js: replace(/\[.*\]/g, …)). The sandbox pages link to JSON on purpose.
  { files: ["app/sandbox/**/*.tsx"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  { ignores: [".next/**", "node_modules/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];
export default config;
