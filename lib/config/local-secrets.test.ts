import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLocalSecrets } from "./local-secrets";

describe("loadLocalSecrets", () => {
  it("generates once with mode 0600, then reuses", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "secrets-")), ".data");
    const first = loadLocalSecrets(dir);
    expect(first.created).toBe(true);
    expect(Buffer.from(first.secrets.ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
    const second = loadLocalSecrets(dir);
    expect(second).toEqual({ secrets: first.secrets, created: false });
    fs.rmSync(path.dirname(dir), { recursive: true });
  });
});
