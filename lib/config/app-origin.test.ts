import { describe, expect, it } from "vitest";
import { appOrigin, internalOrigin, isServedHost, ownOrigins } from "./app-origin";

const local = { PORT: 3000 };
const behind = { PORT: 3000, APP_URL: "https://console.example.com/ignored/path" };
const req = (host: string, forwarded?: string) => ({ headers: new Headers({ host, ...(forwarded && { "x-forwarded-host": forwarded }) }) });

describe("the console's origin", () => {
  it("is APP_URL's origin alone when it is set, whatever the request says", () => {
    expect(ownOrigins(behind)).toEqual(["https://console.example.com"]);
    expect(appOrigin(req("evil.test", "evil.test"), behind)).toBe("https://console.example.com");
    expect(isServedHost("anything:8080", behind)).toBe(true);
  });

  it("is the loopback names of the served port without APP_URL", () => {
    expect(ownOrigins(local)).toEqual(["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(ownOrigins({ PORT: 80 })).toEqual(["http://localhost", "http://127.0.0.1", "http://[::1]"]);
  });

  it.each([["localhost:3000"], ["127.0.0.1:3000"], ["[::1]:3000"], ["LocalHost:3000"]])("answers Host %s", (host) => {
    expect(isServedHost(host, local)).toBe(true);
    expect(appOrigin(req(host), local)).toBe(`http://${host.toLowerCase()}`);
  });

  it.each([["evil.test"], ["localhost:3001"], ["localhost"], ["127.0.0.2:3000"], ["localhost.evil.test:3000"], [""]])(
    "refuses Host %s",
    (host) => {
      expect(isServedHost(host, local)).toBe(false);
      // Even when a caller skipped the proxy's check, the origin is never the request's.
      expect(appOrigin(req(host, "evil.test"), local)).toBe("http://localhost:3000");
    },
  );

  it("calls itself at its listening address", () => {
    expect(internalOrigin(local)).toBe("http://127.0.0.1:3000");
    expect(internalOrigin({ PORT: 3000, HOSTNAME: "0.0.0.0" })).toBe("http://127.0.0.1:3000");
    expect(internalOrigin({ PORT: 4000, HOSTNAME: "10.1.2.3" })).toBe("http://10.1.2.3:4000");
    expect(internalOrigin({ PORT: 4000, HOSTNAME: "::1" })).toBe("http://[::1]:4000");
    expect(internalOrigin(behind)).toBe("http://127.0.0.1:3000");
  });
});
