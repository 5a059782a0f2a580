import { describe, expect, it } from "vitest";
import {
  describeGrantSelection,
  grantSelectionFromQuery,
  grantSelectionQuery,
  readGrantSelection,
  storedGrantSelection,
} from "./grant-selection";

describe("a selection of grants (export, bulk actions, reviews)", () => {
  it("is the Grants page's filters without its sort and page", () => {
    expect(readGrantSelection({ env: "production", status: "active", sort: "oldest", after: "abc" })).toEqual({
      env: "PRODUCTION",
      status: "ACTIVE",
    });
  });

  it("survives the round trip through a form's hidden field, and drops what does not parse", () => {
    const selection = readGrantSelection({ client: "c1", scope: "ZohoCRM.modules.ALL", from: "2026-01-01", idle: "90", dc: "%00" });
    expect(grantSelectionFromQuery(grantSelectionQuery(selection))).toEqual(selection);
    expect(grantSelectionFromQuery("status=deleted&q=%00&env=staging&from=2026-13-45")).toEqual({});
  });

  it("reads back from stored JSON, ignoring anything unknown or of the wrong type", () => {
    expect(storedGrantSelection({ env: "PRODUCTION", evil: "x", status: true, idle: 30 })).toEqual({ env: "PRODUCTION", idle: 30 });
    expect(storedGrantSelection(null)).toEqual({});
    expect(storedGrantSelection(["env"])).toEqual({});
  });

  it.each([
    [{}, "every grant of the workspace (no filter)"],
    [{ client: "c1", env: "PRODUCTION" as const, status: "ACTIVE" as const }, "client Alpha · production clients · status active"],
    [
      { scope: "ZohoCRM.modules.ALL", from: "2026-01-01", to: "2026-02-01" },
      "holds ZohoCRM.modules.ALL · created on or after 2026-01-01 · created on or before 2026-02-01",
    ],
    [{ q: "books", kind: "org" as const, creator: "u1" }, "matching “books” · org-wide · created by Ava"],
    [{ status: "ACTIVE" as const, idle: 90, usedFrom: "2026-01-01" }, "status active · used since 2026-01-01 · idle for 90 days"],
  ])("reads %j as words", (selection, words) => {
    expect(describeGrantSelection(selection, { client: "Alpha", creator: "Ava" })).toBe(words);
  });
});
