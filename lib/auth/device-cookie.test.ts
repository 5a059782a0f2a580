import { describe, expect, it } from "vitest";
import { DEVICE_COOKIE_DAYS, deviceKey, signDevice, verifyDevice } from "./device-cookie";

const key = deviceKey("x".repeat(40));

describe("device cookie", () => {
  it("verifies what it signed", () => {
    const { value, device } = signDevice(key, "user1", "nonce1", 1_000_000);
    expect(verifyDevice(key, value, 1_000_000)).toEqual(device);
    expect(device).toEqual({ userId: "user1", nonce: "nonce1", expires: 1000 + DEVICE_COOKIE_DAYS * 86_400 });
  });

  it("a fresh nonce each time unless one is kept", () => {
    expect(signDevice(key, "u").device.nonce).not.toBe(signDevice(key, "u").device.nonce);
  });

  it("refuses another secret's cookie", () => {
    const { value } = signDevice(deviceKey("y".repeat(40)), "user1");
    expect(verifyDevice(key, value)).toBeNull();
  });

  it("refuses an expired cookie", () => {
    const { value, device } = signDevice(key, "user1", "n", 0);
    expect(verifyDevice(key, value, device.expires * 1000 - 1)).not.toBeNull();
    expect(verifyDevice(key, value, device.expires * 1000)).toBeNull();
  });

  it.each([
    ["another user", (v: string) => v.replace(/^user1/, "user2")],
    ["another nonce", (v: string) => v.replace(".nonce1.", ".nonce2.")],
    ["a later expiry", (v: string) => v.replace(/\.(\d+)\./, (_, e) => `.${Number(e) + 1}.`)],
    ["a shorter signature", (v: string) => v.slice(0, -1)],
    ["no signature", (v: string) => v.split(".").slice(0, 3).join(".")],
    ["extra parts", (v: string) => `${v}.x`],
    ["nothing", () => ""],
  ])("refuses a cookie with %s", (_, tamper) => {
    const { value } = signDevice(key, "user1", "nonce1");
    expect(verifyDevice(key, tamper(value))).toBeNull();
  });

  it("refuses no cookie", () => expect(verifyDevice(key, undefined)).toBeNull());
});
