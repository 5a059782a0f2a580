import { describe, expect, it } from "vitest";
import { preflight, type PreflightClient } from "./preflight";

const OURS = ["http://localhost:3000/oauth/callback", "http://127.0.0.1:3000/oauth/callback"];
const client: PreflightClient = { consoleCallbacks: OURS, clientCallbacks: ["http://localhost:3000/oauth/callback/k3y"] };
const ids = (c: PreflightClient, redirectUri: string, managedState = true) => preflight(c, { redirectUri, managedState }).map((f) => f.id);

describe("builder pre-flight", () => {
  it("says nothing when the code comes back to this console with a console-managed state", () => {
    expect(ids(client, OURS[0])).toEqual([]);
    expect(ids(client, OURS[1])).toEqual([]);
  });

  it("warns when the code lands elsewhere, naming where", () => {
    const [f] = preflight(client, { redirectUri: "https://app.example.com/cb", managedState: true });
    expect(f).toMatchObject({ id: "redirect-elsewhere", level: "warning" });
    expect(f.message).toContain("app.example.com");
    expect(f.message).toContain("address bar");
  });

  it("a look-alike of ours is elsewhere (exact match, as Zoho compares)", () => {
    expect(ids(client, "http://localhost:3000/oauth/callback/")).toEqual(["redirect-elsewhere"]);
    expect(ids(client, "http://localhost:3001/oauth/callback")).toEqual(["redirect-elsewhere"]);
  });

  it("the client's own callback path with a managed state: the state is not checked there", () => {
    expect(ids(client, client.clientCallbacks[0])).toEqual(["client-callback-path"]);
    expect(ids(client, client.clientCallbacks[0], false)).toEqual([]);
  });

  it("a custom state sent to /oauth/callback would be refused as unknown state", () => {
    expect(ids(client, OURS[0], false)).toEqual(["custom-state-console-callback"]);
  });

  it("sandbox clients: the sandbox's own registration decides", () => {
    const sandbox = { ...client, sandbox: { [OURS[0]]: true, "https://app.example.com/cb": false } };
    expect(ids(sandbox, OURS[0])).toEqual([]);
    expect(ids(sandbox, "https://app.example.com/cb")).toEqual(["sandbox-redirect-unregistered", "redirect-elsewhere"]);
    expect(preflight(sandbox, { redirectUri: "https://app.example.com/cb", managedState: true })[0].level).toBe("error");
    expect(ids({ ...client, sandbox: null }, OURS[0])).toEqual(["sandbox-unknown-client"]);
  });
});
