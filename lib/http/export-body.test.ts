import { describe, expect, it } from "vitest";
import { exportBody } from "./export-body";

// The frame every export streams in (the grants', the audit trail's, a review's report), read as a client reads it.
async function* parts(...rendered: string[]) {
  yield* rendered;
}
const text = (body: ReadableStream<Uint8Array>) => new Response(body).text();

describe("an export's body", () => {
  it("CSV: the header line, then each part's rows a line each", async () => {
    expect(await text(exportBody("csv", "id,label", parts("1,a\n2,b", "3,c")))).toBe("id,label\n1,a\n2,b\n3,c\n");
    expect(await text(exportBody("csv", "id,label", parts()))).toBe("id,label\n");
  });

  it("JSON: one array, an object a line, across parts", async () => {
    const body = await text(exportBody("json", "ignored", parts('{"id":1},\n{"id":2}', '{"id":3}')));
    expect(body).toBe('[\n{"id":1},\n{"id":2},\n{"id":3}\n]\n');
    expect(JSON.parse(body)).toHaveLength(3);
    expect(JSON.parse(await text(exportBody("json", "", parts())))).toEqual([]);
  });

  it("reads a part only when the reader wants more, and ends the parts when the reader goes away", async () => {
    let made = 0;
    let ended = false;
    async function* endless() {
      try {
        for (;;) yield `row${made++}`;
      } finally {
        ended = true;
      }
    }
    const reader = exportBody("csv", "h", endless()).getReader();
    await reader.read(); // the header
    await reader.read(); // row0
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(made).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(ended).toBe(true);
  });
});
