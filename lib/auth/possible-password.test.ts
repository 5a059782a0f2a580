import { describe, expect, it } from "vitest";
import { passwordSchema } from "@/lib/account/schemas";
import { couldBeAPassword } from "./possible-password";

describe("couldBeAPassword", () => {
  it.each(["", "   ", "\t\n", "short", "x".repeat(11), "x".repeat(201), "x".repeat(100_000)])("no account can have %j", (pw) => {
    expect(couldBeAPassword(pw)).toBe(false);
  });

  it("every password the console accepts could be one", () => {
    for (const pw of ["x".repeat(12), "correct horse battery staple", "x".repeat(200)]) {
      expect(passwordSchema.safeParse(pw).success).toBe(true);
      expect(couldBeAPassword(pw)).toBe(true);
    }
  });
});
