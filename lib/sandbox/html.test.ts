import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./html";

describe("html", () => {
  it("escapes every interpolated string, in text and attributes", () => {
    const state = `"><script>alert('x')</script>&`;
    expect(html`<input value="${state}">`.toString()).toBe(
      `<input value="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">`,
    );
  });

  it("nests fragments and lists without escaping them twice, and drops empty parts", () => {
    const items = ["a<b", "c"].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}${null}${false}${undefined}</ul>`.toString()).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
  });

  it("escapeHtml leaves plain text alone", () => {
    expect(escapeHtml("Emma Schmidt — EU")).toBe("Emma Schmidt — EU");
  });
});
