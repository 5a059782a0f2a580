import { describe, expect, it } from "vitest";
import { grantListHref, readGrantListFilter } from "./grant-list-filter";

describe("the Grants page's filters from its address", () => {
  it("keeps each filter that parses", () => {
    expect(
      readGrantListFilter({
        q: " acme ",
        client: "cm1abc",
        env: "production",
        dc: "eu",
        status: "active",
        user: "Ava@Example.com",
        scope: "ZohoCRM.modules.ALL",
        from: "2026-01-01",
        to: "2026-11-30",
        sort: "oldest",
        after: "cm1xyz",
        usedFrom: "2026-11-01",
        idleSince: "2026-10-01",
        idle: "90",
        creator: "cm1user",
        kind: "org",
      }),
    ).toEqual({
      q: "acme",
      client: "cm1abc",
      env: "PRODUCTION",
      dc: "eu",
      status: "ACTIVE",
      user: "Ava@Example.com",
      scope: "ZohoCRM.modules.ALL",
      from: "2026-01-01",
      to: "2026-11-30",
      sort: "oldest",
      after: "cm1xyz",
      usedFrom: "2026-11-01",
      idleSince: "2026-10-01",
      idle: 90,
      creator: "cm1user",
      kind: "org",
    });
  });

  it.each([
    ["q", "x".repeat(101)],
    ["q", "nul\u0000here"],
    ["client", "'; drop table"],
    ["env", "staging"],
    ["dc", "EU-1"],
    ["status", "deleted"],
    ["user", "a\nb@c.d"],
    ["from", "2026-13-45"],
    ["to", "yesterday"],
    ["usedFrom", "2026-02-30"],
    ["idleSince", "2026-02-29"],
    ["idle", "0"],
    ["idle", "1e9"],
    ["idle", "7.5"],
    ["creator", "<script>"],
    ["kind", "team"],
    ["sort", "random"],
    ["after", "../../etc"],
  ])("drops %s=%j instead of failing", (name, value) => {
    expect(readGrantListFilter({ [name]: value })).toEqual({});
  });

  it("takes the first of a repeated parameter, and ignores unknown ones", () => {
    expect(readGrantListFilter({ dc: ["eu", "us"], nonsense: "1" })).toEqual({ dc: "eu" });
  });

  it("writes the filters back as an address, leaving out what is empty", () => {
    expect(grantListHref("/w/a/grants", { env: "PRODUCTION", status: "ACTIVE", q: "acme corp", after: "cm1" })).toBe(
      "/w/a/grants?env=production&status=active&q=acme+corp&after=cm1",
    );
    expect(grantListHref("/w/a/grants", {})).toBe("/w/a/grants");
  });
});
