import { describe, expect, it } from "vitest";
import type { AlertView } from "../alert-view";
import { composeAlertMail } from "./compose-alert-mail";

const alert = (over: Partial<AlertView> = {}): AlertView => ({
  id: "a1",
  type: "grant.invalidated",
  title: "Grant invalidated by Zoho",
  subject: "CRM sync",
  client: "Acme CRM",
  dc: "eu",
  reason: "Zoho refused the refresh token.",
  zohoError: "invalid_code",
  path: "/w/acme/grants/g1",
  url: "http://localhost:3000/w/acme/grants/g1",
  createdAt: "2026-12-01T10:00:00.000Z",
  unread: false,
  ...over,
});
const base = {
  workspace: { name: "Acme", slug: "acme" },
  mode: "IMMEDIATE" as const,
  more: false,
  origin: "https://console.example.com",
  unsubscribeUrl: "https://console.example.com/unsubscribe/tok",
};

describe("composeAlertMail", () => {
  it("one alert: the subject names the workspace and the event; the text links to its page and to unsubscribe", () => {
    const mail = composeAlertMail({ ...base, alerts: [alert()] });
    expect(mail.subject).toBe("[Acme] Grant invalidated by Zoho: CRM sync");
    expect(mail.text).toContain("https://console.example.com/w/acme/grants/g1");
    expect(mail.text).toContain("Zoho's error: invalid_code");
    expect(mail.text).toContain("Client: Acme CRM · Data centre: eu");
    expect(mail.text).toContain("When: 2026-12-01 10:00 UTC");
    expect(mail.text).toContain("https://console.example.com/w/acme/settings/notifications");
    expect(mail.text).toContain("Unsubscribe from this workspace's alert mail: https://console.example.com/unsubscribe/tok");
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://console.example.com/unsubscribe/tok>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    });
  });

  it("several alerts right away, and a digest, name each kind once", () => {
    const alerts = [alert(), alert({ id: "a2", type: "grant.revoked", title: "Grant revoked" }), alert({ id: "a3" })];
    expect(composeAlertMail({ ...base, alerts }).subject).toBe("[Acme] 3 alerts: Grant invalidated by Zoho, Grant revoked");
    const digest = composeAlertMail({ ...base, mode: "DIGEST", alerts });
    expect(digest.subject).toBe("[Acme] Daily digest: 3 alerts (Grant invalidated by Zoho, Grant revoked)");
    expect(digest.text.match(/Details: /g)).toHaveLength(3);
  });

  it("keeps labels on one line (no header or text injection) and the subject short", () => {
    const mail = composeAlertMail({
      ...base,
      workspace: { name: "Acme\r\nBcc: victim@example.com", slug: "acme" },
      alerts: [alert({ subject: `x\ny${"z".repeat(300)}` })],
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.startsWith("[Acme Bcc: victim@example.com] ")).toBe(true);
    expect(mail.subject.length).toBeLessThanOrEqual(160);
    expect(mail.text).not.toContain("x\ny");
  });

  it("says when more alerts follow", () => {
    expect(composeAlertMail({ ...base, alerts: [alert()], more: true }).text).toContain("follow in the next mail");
    expect(composeAlertMail({ ...base, alerts: [alert()] }).text).not.toContain("follow in the next mail");
  });
});
