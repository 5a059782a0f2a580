import { describe, expect, it } from "vitest";
import { demoClientName } from "./demo-client-name";

describe("demoClientName", () => {
  it.each([
    [[], "Sandbox demo"],
    [["CRM sync"], "Sandbox demo"],
    [["Sandbox demo"], "Sandbox demo 2"],
    [["Sandbox demo", "Sandbox demo 2"], "Sandbox demo 3"],
    [["Sandbox demo", "Sandbox demo 3"], "Sandbox demo 2"],
    [["Sandbox demo 2"], "Sandbox demo"],
  ])("taken %j → %s", (taken, expected) => expect(demoClientName(taken)).toBe(expected));
});
