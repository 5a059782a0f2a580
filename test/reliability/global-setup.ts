// The reliability suite's own PostgreSQL server (it is restarted under load, so never a shared one):
// initdb into a temp folder, started on RELIABILITY_PG_PORT (default 25450), stopped at the end.
import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { startPgServer, stopPgServer, type PgServer } from "./pg-server";

declare module "vitest" {
  export interface ProvidedContext {
    pg: PgServer;
  }
}

let pg: PgServer | undefined;

export function setup(project: TestProject) {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` before the reliability suite.");
  pg = startPgServer(Number(process.env.RELIABILITY_PG_PORT ?? 25450));
  project.provide("pg", pg);
}

export function teardown() {
  if (pg) stopPgServer(pg);
}
