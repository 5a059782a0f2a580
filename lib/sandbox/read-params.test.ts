import { describe, expect, it } from "vitest";
import { readParams } from "./read-params";

describe("readParams", () => {
  it("reads the query string and a form body together, the query first", async () => {
    const request = new Request("http://x/token?grant_type=authorization_code&code=q", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "code=b&client_id=1000.X",
    });
    expect(Object.fromEntries(await readParams(request))).toEqual({ grant_type: "authorization_code", code: "q", client_id: "1000.X" });
  });

  it("survives a malformed body", async () => {
    const request = new Request("http://x/token?a=1", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=zz" },
      body: "garbage",
    });
    expect(Object.fromEntries(await readParams(request))).toEqual({ a: "1" });
  });
});

describe("readParams, more shapes", () => {
  it("reads a form body alone, decoding + and %xx", async () => {
    const request = new Request("http://x/token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
      body: "grant_type=refresh_token&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb%3Fa%3D1&scope=a+b",
    });
    expect(Object.fromEntries(await readParams(request))).toEqual({
      grant_type: "refresh_token",
      redirect_uri: "http://localhost:3000/cb?a=1",
      scope: "a b",
    });
  });

  it("ignores a JSON body: Zoho reads only the query and form bodies", async () => {
    const request = new Request("http://x/token?grant_type=authorization_code", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"code":"x"}',
    });
    expect(Object.fromEntries(await readParams(request))).toEqual({ grant_type: "authorization_code" });
  });
});
