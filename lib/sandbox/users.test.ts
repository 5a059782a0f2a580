import { describe, expect, it } from "vitest";
import { SEED_DATA_CENTRES } from "@/lib/data-centres/seed-data-centres";
import { SANDBOX_USERS, sandboxUser, userLabel, usersAt } from "./users";

describe("sandbox users", () => {
  it("one user with organizations per seeded data centre (UAE included), unique ids and emails", () => {
    expect(
      SANDBOX_USERS.filter((u) => !u.noOrg)
        .map((u) => u.location)
        .sort(),
    ).toEqual(SEED_DATA_CENTRES.map((dc) => dc.location).sort());
    expect(new Set(SANDBOX_USERS.map((u) => u.id)).size).toBe(SANDBOX_USERS.length);
    expect(new Set(SANDBOX_USERS.map((u) => u.email)).size).toBe(SANDBOX_USERS.length);
  });

  it("labels name the person, the email and the DC", () => {
    expect(userLabel(sandboxUser("20020002")!)).toBe("Emma Schmidt (emma.schmidt@sandbox.zoho.test) — EU");
    expect(userLabel(sandboxUser("10010010")!)).toBe("Sam Okafor (sam.noorg@sandbox.zoho.test) — US, no organization in any Zoho app");
  });

  it("China signs in only at the China accounts server", () => {
    expect(usersAt("cn").map((u) => u.location)).toEqual(["cn"]);
    expect(usersAt("us").some((u) => u.location === "cn")).toBe(false);
    expect(usersAt("eu")).toEqual(usersAt("us"));
  });
});
