// A PostgreSQL server of the suite's own, so it can be restarted under load: initdb into a temp
// folder, pg_ctl start/restart/stop. Binaries from /usr/lib/postgresql/*/bin (or PG_BIN); as root,
// every command runs as the postgres user (PostgreSQL refuses to run as root).
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type PgServer = { port: number; dir: string; bin: string };

function findBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl"))) : [];
  versions.sort((a, b) => Number(a) - Number(b));
  if (!versions.length)
    throw new Error("No PostgreSQL binaries under /usr/lib/postgresql/*/bin (set PG_BIN, or apt-get install postgresql).");
  return path.join(root, versions[versions.length - 1], "bin");
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

function run(bin: string, tool: string, args: string[]) {
  const command = [path.join(bin, tool), ...args];
  if (process.getuid?.() === 0)
    return execFileSync("su", ["postgres", "-c", command.map(quote).join(" ")], { encoding: "utf8", stdio: "pipe" });
  return execFileSync(command[0], command.slice(1), { encoding: "utf8", stdio: "pipe" });
}

export function startPgServer(port: number): PgServer {
  const bin = findBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reliability-pg-"));
  fs.chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  run(bin, "initdb", ["-D", `${dir}/data`, "-U", "postgres", "--auth=trust"]);
  const server = { port, dir, bin };
  pgCtl(server, ["start"]);
  return server;
}

function pgCtl({ port, dir, bin }: PgServer, args: string[]) {
  run(bin, "pg_ctl", [
    "-D",
    `${dir}/data`,
    "-o",
    `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
    "-l",
    `${dir}/log`,
    "-w",
    ...args,
  ]);
}

/**
 * pg_ctl restart, without blocking the suite's event loop (the load keeps running): "fast"
 * disconnects clients and shuts down cleanly; "immediate" is a crash (recovery on start).
 */
export async function restartPgServer({ port, dir, bin }: PgServer, mode: "fast" | "immediate") {
  const command = [
    path.join(bin, "pg_ctl"),
    "-D",
    `${dir}/data`,
    "-o",
    `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
    "-l",
    `${dir}/log`,
    "-w",
    "-m",
    mode,
    "restart",
  ];
  if (process.getuid?.() === 0) await promisify(execFile)("su", ["postgres", "-c", command.map(quote).join(" ")]);
  else await promisify(execFile)(command[0], command.slice(1));
}

export function stopPgServer(server: PgServer) {
  try {
    pgCtl(server, ["-m", "fast", "stop"]);
  } catch {
    // already stopped
  }
  fs.rmSync(server.dir, { recursive: true, force: true });
}

export const pgUrl = (server: PgServer, database: string) => `postgresql://postgres@127.0.0.1:${server.port}/${database}`;

export async function createDatabase(server: PgServer, name: string): Promise<string> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: pgUrl(server, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return pgUrl(server, name);
}
