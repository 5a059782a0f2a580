import { describe, expect, it } from "vitest";
import { pickClientSecret } from "./pick-client-secret";

describe("pickClientSecret", () => {
  const client = { secretCipher: "main", dcSecrets: [{ location: "eu", secretCipher: "eu-own" }] };
  it("sends a data centre its own secret when the client has one (Multi-DC, separate secrets)", () =>
    expect(pickClientSecret(client, "eu")).toBe("eu-own"));
  it("else the client's secret", () => expect(pickClientSecret(client, "in")).toBe("main"));
  it("none when the client has none", () => expect(pickClientSecret({ secretCipher: null, dcSecrets: [] }, "us")).toBeNull());
});
