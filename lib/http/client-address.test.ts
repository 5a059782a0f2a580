import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-address";

const headers = (peer: string | null, forwarded?: string) =>
  new Headers({ ...(peer !== null && { [PEER_HEADER]: peer }), ...(forwarded && { "x-forwarded-for": forwarded }) });

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(headers("127.0.0.1", "203.0.113.7"), [])).toBe("127.0.0.1");
  });

  it("walks X-Forwarded-For only through trusted proxies, right to left", () => {
    expect(clientAddress(headers("10.0.0.2", "198.51.100.1, 203.0.113.7"), ["10.0.0.0/8"])).toBe("203.0.113.7");
    expect(clientAddress(headers("10.0.0.2", "198.51.100.1, 10.0.0.9"), ["10.0.0.0/8"])).toBe("198.51.100.1");
    expect(clientAddress(headers("192.0.2.5", "203.0.113.7"), ["10.0.0.0/8"])).toBe("192.0.2.5");
    expect(clientAddress(headers("::ffff:127.0.0.1", "203.0.113.7"), ["loopback"])).toBe("203.0.113.7");
  });

  it("is unknown without the server's peer stamp", () => {
    expect(clientAddress(headers(null, "203.0.113.7"), ["loopback"])).toBeNull();
  });
});
