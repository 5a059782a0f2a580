import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

const prismaError = (fields: object) => Object.assign(new Error("Invalid invocation"), { clientVersion: "7", ...fields });
const driver = (cause: object) => ({ meta: { driverAdapterError: { cause } } });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["server shutting down (57P03 via the driver)", prismaError({ code: "P2039", ...driver({ originalCode: "57P03" }) }), true],
    ["admin shutdown (57P01)", prismaError({ code: "P2039", ...driver({ originalCode: "57P01" }) }), true],
    ["connection exception (08006)", prismaError({ code: "P2039", ...driver({ originalCode: "08006" }) }), true],
    ["unreachable", prismaError({ code: "P1001" }), true],
    ["connection closed", prismaError({ code: "P1017", ...driver({ kind: "ConnectionClosed" }) }), true],
    ["connection cut mid-query (no code)", prismaError({}), true],
    ["unique constraint", prismaError({ code: "P2002", ...driver({ originalCode: "23505" }) }), false],
    ["record not found", prismaError({ code: "P2025" }), false],
    ["a plain error", new Error("bug"), false],
    ["not an error", "nope", false],
  ])("%s", (_, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
