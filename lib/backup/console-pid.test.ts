import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimDataDir, pidFileOf, releaseDataDir, runningConsolePid } from "./console-pid";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "console-pid-"));
const dataDir = path.join(dir, "pglite");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the console's pid file beside the embedded database", () => {
  it("names this process while it has the folder, and nobody once released", () => {
    expect(pidFileOf(dataDir)).toBe(path.join(dir, "pglite.pid"));
    expect(runningConsolePid(dataDir)).toBeNull();
    claimDataDir(dataDir);
    expect(runningConsolePid(dataDir)).toBe(process.pid);
    releaseDataDir(dataDir);
    expect(fs.existsSync(pidFileOf(dataDir))).toBe(false);
  });

  it("ignores a file left by a process that is gone (a crash), or holding garbage, and never removes another's", () => {
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
    fs.writeFileSync(pidFileOf(dataDir), `${gone}\n`);
    expect(runningConsolePid(dataDir)).toBeNull();
    fs.writeFileSync(pidFileOf(dataDir), "not a pid");
    expect(runningConsolePid(dataDir)).toBeNull();
    fs.writeFileSync(pidFileOf(dataDir), `${process.ppid}\n`);
    releaseDataDir(dataDir);
    expect(runningConsolePid(dataDir)).toBe(process.ppid);
  });
});
