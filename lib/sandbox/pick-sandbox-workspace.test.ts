import { describe, expect, it } from "vitest";
import { pickSandboxWorkspace } from "./pick-sandbox-workspace";

const a = { role: "DEVELOPER" as const, workspace: { slug: "a" } };
const b = { role: "VIEWER" as const, workspace: { slug: "b" } };

describe("pickSandboxWorkspace", () => {
  it("takes the workspace named, or the only one", () => {
    expect(pickSandboxWorkspace([a, b], "a", "sandbox:write")).toEqual({ ok: true, membership: a });
    expect(pickSandboxWorkspace([a], null, "sandbox:write")).toEqual({ ok: true, membership: a });
  });

  it("asks which one when there are several and none is named", () => {
    expect(pickSandboxWorkspace([a, b], null, "clients:read")).toMatchObject({
      ok: false,
      problem: "bad-request",
      detail: expect.stringContaining("yours: a, b"),
    });
  });

  it.each([
    ["another workspace", [a], "elsewhere", "clients:read"],
    ["a role without the permission (viewers may look, not register or set faults)", [a, b], "b", "sandbox:write"],
    ["no workspace at all", [], null, "clients:read"],
  ] as const)("not found: %s", (_case, memberships, slug, permission) => {
    expect(pickSandboxWorkspace([...memberships], slug, permission)).toMatchObject({ ok: false, problem: "not-found" });
  });

  it("developers, admins and owners may use the sandbox; viewers only look", () => {
    for (const role of ["OWNER", "ADMIN", "DEVELOPER"] as const)
      expect(pickSandboxWorkspace([{ role, workspace: { slug: "w" } }], "w", "sandbox:write").ok).toBe(true);
  });
});
