import { describe, expect, it } from "vitest";
import type { Ctx } from "@/lib/auth/context";
import { grantScope, mayUseGrant } from "./grant-scope";

const workspace = { id: "w1", slug: "acme", name: "Acme" };
const meta = { ip: null, userAgent: null };
const ctxOf = (actor: Ctx["actor"]): Ctx => ({ actor, workspace, meta });

describe("the grants an actor may use", () => {
  it.each([
    ["a member", ctxOf({ kind: "member", userId: "u1", role: "VIEWER" }), { workspaceId: "w1" }],
    ["an all-grants key", ctxOf({ kind: "apiKey", keyId: "k1", grantIds: [] }), { workspaceId: "w1" }],
    [
      "a key for two grants",
      ctxOf({ kind: "apiKey", keyId: "k1", grantIds: ["g1", "g2"] }),
      { workspaceId: "w1", id: { in: ["g1", "g2"] } },
    ],
    ["a job", ctxOf({ kind: "system", job: "upkeep" }), { workspaceId: "w1" }],
  ])("%s: always within its workspace", (_, ctx, where) => {
    expect(grantScope(ctx)).toEqual(where);
  });

  it("a key limited to some grants may use only those; everyone else any id (the workspace is checked in the query)", () => {
    const limited = ctxOf({ kind: "apiKey", keyId: "k1", grantIds: ["g1"] });
    expect(mayUseGrant(limited, "g1")).toBe(true);
    expect(mayUseGrant(limited, "g2")).toBe(false);
    expect(mayUseGrant(ctxOf({ kind: "apiKey", keyId: "k2", grantIds: [] }), "g2")).toBe(true);
    expect(mayUseGrant(ctxOf({ kind: "member", userId: "u1", role: "OWNER" }), "g2")).toBe(true);
  });
});
