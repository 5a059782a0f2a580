import { describe, expect, it } from "vitest";
import { explainRedirect } from "./explain-redirect";
import { sandboxFinding, sandboxWording } from "./sandbox-wording";

describe("sandbox wording", () => {
  it("names the sandbox where it answered", () => {
    expect(sandboxWording("Zoho redirected back with error=access_denied: the person on Zoho's consent page pressed Reject.")).toBe(
      "The sandbox redirected back with error=access_denied: the person on the sandbox's consent page pressed Reject.",
    );
  });

  it("keeps the words of findings that compare Zoho with the sandbox", () => {
    const f = { id: "provider-mismatch", level: "error", message: "the login starts at Zoho", fix: "x" };
    expect(sandboxFinding(f)).toBe(f);
  });

  it("a sandbox redirect that the user rejected does not say Zoho", () => {
    const url = new URL("http://localhost:3000/oauth/callback?error=access_denied&state=abcdefghijkl");
    const out = explainRedirect(url, {
      sandboxOrigin: "http://localhost:3000",
      client: { redirectUris: [url.origin + url.pathname], provider: "SANDBOX" },
    });
    const text = out.findings.map((f) => `${f.message} ${f.fix}`).join(" ");
    expect(text).toContain("sandbox");
    expect(text).not.toMatch(/Zoho redirected|Zoho's consent page/);
  });

  it("a sandbox client whose redirect names Zoho's accounts server is told exactly that", () => {
    const url = new URL(
      "http://localhost:3000/oauth/callback?code=1000.abc.def&state=abcdefghijkl&location=us&accounts-server=https%3A%2F%2Faccounts.zoho.com",
    );
    const out = explainRedirect(url, {
      sandboxOrigin: "http://localhost:3000",
      client: { redirectUris: [url.origin + url.pathname], provider: "SANDBOX" },
    });
    expect(out.findings.find((f) => f.id === "accounts-server-not-allowed")?.message).toContain("is Zoho's, but this is a sandbox client");
  });
});
