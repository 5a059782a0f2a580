import { describe, expect, it } from "vitest";
import { describeImport } from "./import-outcome";
import { noticeFromQuery, noticeQuery } from "./import-notice";

const query = (q: string) => Object.fromEntries(new URLSearchParams(q));

describe("the import's outcome in the page's query", () => {
  it("carries counts and refusal codes, and reads them back as the form's message", () => {
    const summary = {
      created: 7000,
      secrets: 2,
      skipped: [
        { row: 9, name: "x", kind: "exists" as const, reason: "already registered in this workspace" },
        { row: 10, name: null, kind: "invalid" as const, reason: "bad" },
      ],
    };
    expect(noticeFromQuery(query(noticeQuery(summary)))).toEqual({
      ok: true,
      message: "Imported 7,000 clients (2 with secrets). Skipped 2: 1 already registered, 1 invalid.",
    });
    expect(noticeFromQuery(query(noticeQuery({ refused: "too-large" })))).toEqual({
      fieldErrors: { file: ["The file is larger than 5 MB"] },
    });
    expect(noticeFromQuery(query(noticeQuery({ ...summary, failed: true })))?.message).toMatch(
      /^The import stopped before the end\. Imported 7,000 clients .* Import the same file again to finish/,
    );
  });

  it("never shows text from the link itself", () => {
    expect(noticeFromQuery(query("import=Your+account+is+locked"))).toBeNull();
    expect(noticeFromQuery(query("import=done&created=Call+us+now"))).toEqual({
      ok: true,
      message: "Imported 0 clients (0 with secrets).",
    });
    expect(noticeFromQuery({})).toBeNull();
  });

  it("speaks of one client in the singular", () => {
    expect(describeImport({ created: 1, secrets: 0, exists: 0, duplicate: 0, invalid: 0, failed: false })).toBe(
      "Imported 1 client (0 with secrets).",
    );
  });
});
