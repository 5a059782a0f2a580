import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { SECRET_FIELDS } from "./redact-paths";

// The logger as production writes it (JSON lines), into memory.
function capture(level: Parameters<typeof createLogger>[1] = "info") {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger(stream as unknown as Parameters<typeof createLogger>[0], level);
  return { logger, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>), text: () => lines.join("\n") };
}

const SECRET = "s3cr3t-value-1000.abcdef";

describe("the logger's redaction", () => {
  it.each(SECRET_FIELDS)("%s is redacted at the top level and nested up to three levels", (field) => {
    const { logger, text, records } = capture();
    logger.info({ [field]: SECRET }, "top");
    logger.info({ a: { [field]: SECRET } }, "one down");
    logger.info({ a: { b: { [field]: SECRET } } }, "two down");
    logger.info({ a: { b: { c: { [field]: SECRET } } } }, "three down");
    expect(text()).not.toContain(SECRET);
    const [top, one, two, three] = records();
    expect(top[field]).toBe("[redacted]");
    expect((one.a as Record<string, unknown>)[field]).toBe("[redacted]");
    expect(((two.a as Record<string, Record<string, unknown>>).b as Record<string, unknown>)[field]).toBe("[redacted]");
    expect(JSON.stringify(three)).toContain('"[redacted]"');
  });

  it("keeps what is not a secret: ids, outcomes, the message, the level as a word", () => {
    const { logger, records } = capture();
    logger.warn({ grantId: "cm0abc", outcome: "invalid_code", dc: "eu", requestId: "r-1" }, "refresh refused");
    expect(records()[0]).toMatchObject({
      grantId: "cm0abc",
      outcome: "invalid_code",
      dc: "eu",
      requestId: "r-1",
      msg: "refresh refused",
      level: "warn",
    });
  });

  it("redacts the headers of a request or an error's config (authorization, cookie)", () => {
    const { logger, text } = capture();
    logger.error({ req: { headers: { authorization: `Bearer ${SECRET}`, cookie: `s=${SECRET}`, "set-cookie": SECRET } } }, "x");
    logger.error({ err: { config: { headers: { Authorization: `Zoho-oauthtoken ${SECRET}` } } } }, "y");
    expect(text()).not.toContain(SECRET);
  });

  it("writes nothing below LOG_LEVEL", () => {
    const { logger, records } = capture("warn");
    logger.info("quiet");
    logger.warn("loud");
    expect(records().map((r) => r.msg)).toEqual(["loud"]);
  });
});
