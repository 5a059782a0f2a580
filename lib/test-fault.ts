import "server-only";
import { cookies } from "next/headers";

/** What the injected fault says: the tests check that it reaches the server's log and never the browser. */
export const TEST_FAULT_MESSAGE = "a fault the tests injected: this text must never reach the browser";

/**
 * Makes a page fail on purpose, for the tests of the error boundaries (the error.tsx files under app/): nothing real
 * fails on demand (a database outage is the reliability suite's). Off unless the console was started
 * with CONSOLE_TEST_FAULTS=1, which only the test suites set; then a request that carries the cookie
 * `console-test-fault=render` fails while its page renders (or, for /oauth/callback, while the callback is
 * recorded: its "not recorded" page). Read from process.env on purpose: it is no
 * setting of the console, and lib/config/env.ts documents the ones that are.
 */
export async function failOnPurpose(): Promise<void> {
  if (process.env.CONSOLE_TEST_FAULTS !== "1") return;
  if ((await cookies()).get("console-test-fault")?.value === "render") throw new Error(TEST_FAULT_MESSAGE);
}
