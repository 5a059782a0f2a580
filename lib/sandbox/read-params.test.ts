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
    const request = new Request("http://x/token?a=1", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=zz" }, body: "garbage" });
    expect(Object.fromEntries(await readParams(request))).toEqual({ a: "1" });
  });
});
