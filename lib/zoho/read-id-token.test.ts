import { describe, expect, it } from "vitest";
import { idTokenUser } from "./read-id-token";

const jwt = (claims: object, pad = "") =>
  `${Buffer.from('{"alg":"RS256"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64")}${pad}.sig`;
const CLIENT = "1000.y0lss32gmjnv72390907n4kdvqaxfi";

describe("idTokenUser", () => {
  it("reads sub and email, as in Zoho's ID token example (Zoho Accounts help, User Authentication)", () => {
    expect(idTokenUser(jwt({ at_hash: "HK6E_P6Dh8Y93mRNtsDB1Q", sub: "675925609", aud: CLIENT, email: "a@b.test" }), CLIENT)).toEqual({
      zohoUserId: "675925609",
      email: "a@b.test",
    });
  });

  it.each<[string, string | null | undefined]>([
    ["no token", undefined],
    ["not a JWT", "garbage"],
    ["another client's token", jwt({ sub: "1", aud: "1000.OTHERCLIENT00" })],
    ["a sub that is not a ZUID", jwt({ sub: "<script>", aud: CLIENT })],
    ["unreadable payload", "a.%%%.c"],
  ])("%s: no user", (_, token) => expect(idTokenUser(token, CLIENT)).toBeNull());
});
