import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson } from "./audit-hash";

const event = {
  workspaceId: "w",
  seq: 1,
  actorId: "u",
  action: "client.created",
  targetType: "client",
  targetId: "c",
  data: { b: 1, a: [2, { d: 1, c: 2 }] },
  ip: null,
  userAgent: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
};

describe("audit hash chain", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(auditHash("", event)).toBe(auditHash("", { ...event, data: { a: [2, { c: 2, d: 1 }], b: 1 } }));
  });

  it("ignores fields outside the chain (a stored row's id and hashes)", () => {
    expect(auditHash("", { ...event, id: "e1", hash: "h", prevHash: "" } as typeof event)).toBe(auditHash("", event));
  });

  it("changes with any field, and with the previous hash", () => {
    const h = auditHash("", event);
    expect(auditHash("x", event)).not.toBe(h);
    expect(auditHash("", { ...event, data: { b: 2, a: [2, { d: 1, c: 2 }] } })).not.toBe(h);
    expect(auditHash("", { ...event, actorId: "other" })).not.toBe(h);
    expect(auditHash("", { ...event, createdAt: new Date("2026-01-01T00:00:01Z") })).not.toBe(h);
  });
});
