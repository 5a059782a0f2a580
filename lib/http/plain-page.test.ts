import { describe, expect, it } from "vitest";
import { plainPage } from "./plain-page";

describe("plainPage", () => {
  it("is a whole document: language, viewport, title, the text in <main>", () => {
    const page = plainPage("Callback not recorded", "Not recorded", "Try again.");
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain("<title>Callback not recorded</title>");
    expect(page).toContain("<main><h1>Not recorded</h1><p>Try again.</p></main>");
  });

  it("escapes its text", () => {
    expect(plainPage("<t>", "a & b", '<script>"x"</script>')).toContain(
      "<h1>a &amp; b</h1><p>&lt;script&gt;&quot;x&quot;&lt;/script&gt;</p>",
    );
  });
});
