import { describe, expect, it } from "vitest";
import { isZohoClientId, ZOHO_GRANT_CODE } from "./zoho-ids";

describe("Zoho client ids: <digits>.<alphanumerics>", () => {
  it.each([
    ["1000.XMDEG1KBDO9SE2IFTMDFSRPYYJ5L0U", "the API console's usual shape (Zoho Accounts, Self Client page example)"],
    ["1004.AB12CD34EF56GH78IJ90KL12MN34OP", "Zoho's device flow example uses 1004. (docs/zoho.md, Corrections)"],
    [
      "1000.y0lss32gmjnv72390907n4kdvqaxfi",
      "lower case, as in the aud of Zoho's ID token example (Zoho Accounts help, User Authentication)",
    ],
    ["1000.ABCDEFGHIJ", "ten characters after the dot"],
  ])("accepts %s (%s)", (id) => expect(isZohoClientId(id)).toBe(true));

  it.each([
    ["", "empty"],
    ["1000.", "nothing after the dot"],
    ["1000.abc.def", "a code or token, not a client id"],
    ["ABCD.EFGHIJKLMNOP", "no digits before the dot"],
    ["1000.ABC DEFGHIJKL", "a space"],
    ["1000.ABC-DEFGHIJKL", "a hyphen"],
    [`1000.${"A".repeat(101)}`, "absurdly long"],
  ])("refuses %j (%s)", (id) => expect(isZohoClientId(id)).toBe(false));
});

describe("Self Client grant codes: <digits>.<part>.<part>", () => {
  it.each([
    ["1000.7c96113574b7d8db83789676350d7e91.276c83e3d5ec39eb1ec3a40ed4219623", true],
    ["1004.7c96113574b7d8db83789676350d7e91.276c83e3d5ec39eb1ec3a40ed4219623", true],
    ["1000.x.y", false],
    ["7c96113574b7d8db83789676350d7e91.276c83e3d5ec39eb1ec3a40ed4219623", false],
  ])("%s → %s", (code, ok) => expect(ZOHO_GRANT_CODE.test(code)).toBe(ok));
});
