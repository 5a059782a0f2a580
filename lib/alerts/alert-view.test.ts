import { describe, expect, it } from "vitest";
import { alertPath, alertView } from "./alert-view";

const payload = (data: Record<string, unknown>) => ({ type: "grant.invalidated", timestamp: "2026-12-01T10:00:00.000Z", data });

describe("alertPath", () => {
  it.each([
    ["http://localhost:3000/w/acme/grants/c123", "/w/acme/grants/c123"],
    ["https://console.example.com/w/acme/grants/c123?tab=log#x", "/w/acme/grants/c123?tab=log#x"],
    // The workspace was renamed since: the link follows the workspace, not the old slug.
    ["https://console.example.com/w/old-name/clients/c9", "/w/acme/clients/c9"],
    // Not a workspace page, not a URL, not a string: the alerts page, never elsewhere.
    ["https://evil.example/phish", "/w/acme/alerts"],
    ["https://console.example.com/w/acme/", "/w/acme/alerts"],
    ["//evil.example/w/acme/x", "/w/acme/alerts"],
    ["javascript:alert(1)", "/w/acme/alerts"],
    [null, "/w/acme/alerts"],
    [42, "/w/acme/alerts"],
  ])("%s → %s", (url, path) => expect(alertPath(url, "acme")).toBe(path));
});

describe("alertView", () => {
  const at = new Date("2026-12-01T10:00:00.000Z");
  it("reads the payload: the grant's label first, the reason, Zoho's error, the client and data centre", () => {
    const view = alertView(
      {
        id: "a1",
        type: "grant.invalidated",
        createdAt: at,
        payload: payload({
          grant: { id: "g1", label: "CRM sync" },
          client: { id: "c1", label: "Acme CRM" },
          dc: "eu",
          zohoError: "invalid_code",
          reason: "Revoked at Zoho.",
          url: "http://localhost:3000/w/acme/grants/g1",
        }),
      },
      "acme",
      new Date(at.getTime() - 1),
    );
    expect(view).toEqual({
      id: "a1",
      type: "grant.invalidated",
      title: "Grant invalidated by Zoho",
      subject: "CRM sync",
      client: "Acme CRM",
      dc: "eu",
      reason: "Revoked at Zoho.",
      zohoError: "invalid_code",
      path: "/w/acme/grants/g1",
      url: "http://localhost:3000/w/acme/grants/g1",
      createdAt: at.toISOString(),
      unread: true,
    });
  });

  it("is unread only after the member's watermark, and never for someone without one", () => {
    const row = { id: "a1", type: "grant.revoked", createdAt: at, payload: payload({}) };
    expect(alertView(row, "acme", at).unread).toBe(false);
    expect(alertView(row, "acme", new Date(at.getTime() - 1)).unread).toBe(true);
    expect(alertView(row, "acme", null).unread).toBe(false);
  });

  it("survives a payload that is not the expected shape", () => {
    for (const bad of [null, "text", 7, [], { data: null }, { data: { grant: "x", client: { label: 5 }, dc: {}, reason: "" } }]) {
      const view = alertView({ id: "a", type: "some.future_event", createdAt: at, payload: bad }, "acme", null);
      expect(view).toMatchObject({
        title: "some.future_event",
        subject: null,
        client: null,
        dc: null,
        reason: null,
        path: "/w/acme/alerts",
      });
    }
  });
});
