import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { Session } from "./session";

// With SMTP_URL set, an invite is also mailed (to the suite's SMTP listener on loopback).
const seeded = inject("seeded");

describe("invite mail", () => {
  it("mails the single-use link to the invitee", async () => {
    const owner = await new Session().signIn(seeded.email, seeded.password);
    const page = `/w/${seeded.slug}/members`;
    const form = findForm(await (await owner.fetch(page)).text(), "create-invite");
    const html = decodeHtml(await (await submitForm(owner, page, form, { email: "mailed@integration.test", role: "DEVELOPER" })).text());
    expect(html).toContain("Mailed to");
    const link = /data-testid="invite-link"[^>]*>([^<]+)</.exec(html)?.[1];
    expect(link).toMatch(/\/invite\/[\w-]+$/);
    const dir = inject("mailDir");
    const mails = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    const mail = mails.find((m) => m.includes("mailed@integration.test"));
    expect(mail).toBeDefined();
    // Quoted-printable may fold long lines: compare without soft line breaks.
    expect(mail!.replace(/=\r?\n/g, "")).toContain(link!);
  });
});
