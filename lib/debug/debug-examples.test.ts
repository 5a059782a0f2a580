import { describe, expect, it } from "vitest";
import { classifyInput } from "./classify-input";
import { debugExamples, type ExampleClient } from "./debug-examples";
import { explainAuthUrl } from "./explain-auth-url";
import { explainRedirect } from "./explain-redirect";
import { explainTokenAnswer } from "./explain-token-answer";

const ORIGIN = "http://localhost:3000";
const zoho: ExampleClient = {
  zohoClientId: "1000.ABCDEFGHIJ0123456789KLMNOPQRST",
  type: "SERVER",
  provider: "ZOHO",
  homeDc: "eu",
  enabledDcs: ["us", "in"],
  archived: false,
  redirectUris: ["https://app.example.com/cb"],
};
const sandbox: ExampleClient = { ...zoho, provider: "SANDBOX", redirectUris: [`${ORIGIN}/oauth/callback`] };
const mobile: ExampleClient = { ...zoho, type: "MOBILE", homeDc: "in", enabledDcs: [], redirectUris: ["com.example.app://cb"] };

// What the debugger page does with each example (app/(console)/w/[slug]/debug/debugger.tsx).
function errorsOf(text: string, client: ExampleClient) {
  const c = classifyInput(text);
  const ctx = { ...client, archived: client.archived };
  if (c.kind === "auth-url")
    return explainAuthUrl(c.url, { sandboxOrigin: ORIGIN, provider: client.provider, client: ctx }).findings.filter(
      (f) => f.level === "error",
    );
  if (c.kind === "redirect-url")
    return explainRedirect(c.url, { sandboxOrigin: ORIGIN, client }).findings.filter((f) => f.level === "error");
  if (c.kind === "token-answer") return explainTokenAnswer(c.json, { sandboxOrigin: ORIGIN }).findings.filter((f) => f.level === "error");
  throw new Error(`unexpected kind ${c.kind}`);
}

describe("the debugger's own examples", () => {
  for (const [name, client] of [
    ["a Zoho client", zoho],
    ["a sandbox client", sandbox],
    ["a Mobile client (PKCE)", mobile],
  ] as const) {
    it(`pass its checks for ${name}, except the one broken on purpose`, () => {
      const examples = debugExamples([client], ORIGIN);
      for (const ex of examples.filter((e) => !e.broken)) expect(errorsOf(ex.text, client), ex.label).toEqual([]);
      const broken = examples.find((e) => e.broken)!;
      expect(errorsOf(broken.text, client).length).toBeGreaterThan(0);
    });
  }

  it("start a sandbox client at the sandbox, not at Zoho", () => {
    const [auth] = debugExamples([sandbox], ORIGIN);
    expect(auth.text.startsWith(`${ORIGIN}/sandbox/us/oauth/v2/auth?`)).toBe(true);
  });

  it("still pass with no client in the workspace", () => {
    const examples = debugExamples([], null).filter((e) => !e.broken);
    const c = classifyInput(examples[0].text);
    if (c.kind !== "auth-url") throw new Error("not an auth url");
    expect(explainAuthUrl(c.url, { sandboxOrigin: null }).findings.filter((f) => f.level === "error")).toEqual([]);
  });
});
