import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const good = { AUTH_SECRET: "x".repeat(40), ENCRYPTION_KEY: randomBytes(32).toString("base64") };

describe("parseEnv", () => {
  it("defaults to the embedded database with the sandbox on", () => {
    expect(parseEnv(good)).toMatchObject({ DATABASE_URL: "pglite:./.data/pglite", embedded: true, sandboxEnabled: true });
  });

  it("turns the sandbox off on PostgreSQL unless ZOHO_SANDBOX=1", () => {
    const pg = { ...good, DATABASE_URL: "postgresql://u@h:5432/db" };
    expect(parseEnv(pg)).toMatchObject({ embedded: false, sandboxEnabled: false });
    expect(parseEnv({ ...pg, ZOHO_SANDBOX: "1" }).sandboxEnabled).toBe(true);
    expect(parseEnv({ ...good, ZOHO_SANDBOX: "0" }).sandboxEnabled).toBe(false);
  });

  it("names every bad variable with a hint", () => {
    const message = (() => {
      try {
        parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", ENCRYPTION_KEY: "abc", ZOHO_SANDBOX: "yes", APP_URL: "nope" });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain("DATABASE_URL: must start with postgresql:// or pglite:");
    expect(message).toContain("AUTH_SECRET: must be at least 32 characters");
    expect(message).toContain("ENCRYPTION_KEY: must be 32 bytes, base64-encoded");
    expect(message).toMatch(/ZOHO_SANDBOX/);
    expect(message).toMatch(/APP_URL/);
  });

  it("reads the alert mail interval and digest period, with their defaults and bounds", () => {
    expect(parseEnv(good)).toMatchObject({ ALERT_MAIL_INTERVAL_MS: 30_000, ALERT_DIGEST_SECONDS: 86_400 });
    expect(parseEnv({ ...good, ALERT_MAIL_INTERVAL_MS: "500", ALERT_DIGEST_SECONDS: "20" })).toMatchObject({
      ALERT_MAIL_INTERVAL_MS: 500,
      ALERT_DIGEST_SECONDS: 20,
    });
    expect(() => parseEnv({ ...good, ALERT_MAIL_INTERVAL_MS: "10" })).toThrow(/ALERT_MAIL_INTERVAL_MS: must be at least 200/);
    expect(() => parseEnv({ ...good, ALERT_DIGEST_SECONDS: "soon" })).toThrow(/ALERT_DIGEST_SECONDS/);
  });

  it("reads previous encryption keys for rotation", () => {
    const old = randomBytes(32).toString("base64");
    expect(parseEnv({ ...good, ENCRYPTION_KEYS_PREVIOUS: ` ${old} ,` }).ENCRYPTION_KEYS_PREVIOUS).toEqual([old]);
    expect(() => parseEnv({ ...good, ENCRYPTION_KEYS_PREVIOUS: "short" })).toThrow(/ENCRYPTION_KEYS_PREVIOUS/);
  });

  it("logs at info unless LOG_LEVEL names another of pino's levels", () => {
    expect(parseEnv(good).LOG_LEVEL).toBe("info");
    expect(parseEnv({ ...good, LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ ...good, LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
  });

  it("has no metrics endpoint without METRICS_TOKEN, and refuses a short one", () => {
    expect(parseEnv(good).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ ...good, METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ ...good, METRICS_TOKEN: "m".repeat(32) }).METRICS_TOKEN).toBe("m".repeat(32));
    expect(() => parseEnv({ ...good, METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
  });

  it("sweeps for time-based alerts every 60 s unless ALERT_SWEEP_SECONDS names 1 to 3600", () => {
    expect(parseEnv(good).ALERT_SWEEP_SECONDS).toBe(60);
    expect(parseEnv({ ...good, ALERT_SWEEP_SECONDS: "1" }).ALERT_SWEEP_SECONDS).toBe(1);
    for (const bad of ["0", "3601", "1.5", "soon"])
      expect(() => parseEnv({ ...good, ALERT_SWEEP_SECONDS: bad }), bad).toThrow(/ALERT_SWEEP_SECONDS/);
  });
});
