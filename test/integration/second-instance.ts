// Another console on the suite's database, for tests of several instances. It shares the first one's
// public origin (APP_URL), as instances of one console do, so the sandbox grants the first stored are
// this one's sandbox too. `start` throws with the log if it never becomes healthy.
import path from "node:path";
import { inject } from "vitest";
import { ConsoleProcess, consoleEnv } from "../console-process";
import { freePort } from "../free-port";

export async function startSecondInstance(name: string): Promise<ConsoleProcess> {
  const shared = inject("serverEnv");
  const env = consoleEnv(shared.DATABASE_URL, { ...shared, APP_URL: inject("baseUrl") });
  const app = new ConsoleProcess(await freePort(), env, path.join(path.dirname(inject("serverLog")), `second-${name}.log`));
  await app.start();
  return app;
}
