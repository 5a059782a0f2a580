import { describe, expect, it } from "vitest";
import { open, seal } from "./passphrase-box";

describe("passphrase box", () => {
  it("opens with the passphrase only", async () => {
    const box = await seal('{"1000.X":{"secret":"abc"}}', "correct horse");
    expect(JSON.stringify(box)).not.toContain("abc");
    expect(await open(box, "correct horse")).toBe('{"1000.X":{"secret":"abc"}}');
    expect(await open(box, "wrong horse")).toBeNull();
    expect(await open({ ...box, data: box.data.slice(0, -4) + "AAAA" }, "correct horse")).toBeNull();
  });

  it("refuses absurd work factors", async () => {
    expect(await open({ ...(await seal("x", "p")), n: 2 ** 24 }, "p")).toBeNull();
  });
});
