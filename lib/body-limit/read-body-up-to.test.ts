import { describe, expect, it } from "vitest";
import { readBodyUpTo } from "./read-body-up-to";

const chunked = (sizes: number[]) => {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = sizes[pulled++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  return { request: new Request("http://x.test/", { method: "POST", body, duplex: "half" } as RequestInit), pulled: () => pulled };
};

describe("readBodyUpTo", () => {
  it("returns the whole body up to the limit", async () => {
    expect((await readBodyUpTo(chunked([3, 4]).request, 7))?.byteLength).toBe(7);
    expect(await readBodyUpTo(new Request("http://x.test/", { method: "POST" }), 7)).toEqual(new Uint8Array());
  });

  it("stops reading as soon as the body passes the limit", async () => {
    const { request, pulled } = chunked([5, 5, 5, 5, 5, 5]);
    expect(await readBodyUpTo(request, 7)).toBeNull();
    expect(pulled()).toBeLessThan(4);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://x.test/", { method: "POST", body: "0123456789", headers: { "content-length": "10" } });
    expect(await readBodyUpTo(request, 7)).toBeNull();
    expect(request.bodyUsed).toBe(false);
  });
});
