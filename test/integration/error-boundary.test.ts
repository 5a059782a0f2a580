// The error boundaries (app/…/error.tsx → components/error-notice.tsx), from the server's side: a
// console page that fails sends the browser only the error's digest — which the boundary shows as the
// reference (e2e/error-boundary.spec.ts sees it rendered) — and the server logs the real error with
// that digest, so the operator can find it; the error's message and stack never leave the server.
// Nothing real fails on demand, so the failure is the test hook of lib/test-fault.ts, on a console of
// its own started with CONSOLE_TEST_FAULTS=1; the suite's console, started without it, ignores it.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TEST_FAULT_MESSAGE } from "../../lib/test-fault";
import { OwnConsole } from "./own-console";
import { Session } from "./session";

const FAULT_COOKIE = "console-test-fault=render";
let own: OwnConsole;
let owner: Session;

beforeAll(async () => {
  own = await OwnConsole.create("errors", { CONSOLE_TEST_FAULTS: "1" });
  await own.start();
  owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
}, 180_000);

afterAll(async () => {
  await own?.remove();
});

/** The page as the signed-in owner's browser gets it, with the fault's cookie added. */
const failing = (session: Session, path: string) =>
  fetch(`${session.baseUrl}${path}`, { headers: { cookie: `${session.cookieHeader()}; ${FAULT_COOKIE}` }, redirect: "manual" });
// The page's RSC payload names the failed segment's error by its digest alone: `E{"digest":"…"}`.
const digestIn = (html: string) => /:E\{\\"digest\\":\\"(\w+)\\"\}/.exec(html)?.[1];

describe("a console page that fails", () => {
  it.each([
    ["a workspace page (the overview)", () => `/w/${own.seeded.slug}`],
    ["the account page", () => "/account"],
    ["the sign-in page", () => "/sign-in"],
  ])("%s: the browser gets the digest the server logged with the error, never the error", async (_name, path) => {
    const response = await failing(owner, path());
    const html = await response.text();
    const reference = digestIn(html);
    expect(reference, html.slice(-600)).toMatch(/^\w+$/);
    expect(html).not.toContain(TEST_FAULT_MESSAGE);
    expect(html).not.toMatch(/at \w+ \(|\.tsx?:\d+/); // no stack frame
    // The operator finds the same reference in the server's log, next to the real error.
    await expect.poll(() => fs.readFileSync(own.logFile, "utf8"), { timeout: 5_000 }).toContain(reference!);
    const logged = fs
      .readFileSync(own.logFile, "utf8")
      .split("\n")
      .filter((line) => line.includes(reference!) || line.includes(TEST_FAULT_MESSAGE));
    expect(logged.join("\n")).toContain(TEST_FAULT_MESSAGE);
    // The JSON line of onRequestError (lib/log/log-request-error.ts) ties the digest to the request's id,
    // the X-Request-Id the browser got: whichever the user quotes, the operator finds the other.
    const record = logged.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(record).toContainEqual(
      expect.objectContaining({ msg: "request failed", digest: reference, requestId: response.headers.get("x-request-id") }),
    );
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the same page renders as usual without the cookie", async () => {
    const html = await (await owner.fetch(`/w/${own.seeded.slug}`)).text();
    expect(html).not.toContain('data-testid="error-notice"');
    expect(html).toContain(`data-testid="stat"`);
  });
});

describe("a callback that cannot be recorded", () => {
  it("answers the plain 503 page (a whole document, with its language), never the error", async () => {
    const response = await failing(owner, "/oauth/callback?code=1000.abc.def&state=not-a-real-state");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain("The console could not record this callback");
    expect(html).not.toContain(TEST_FAULT_MESSAGE);
  });
});

describe("the hook is off unless the console was started with CONSOLE_TEST_FAULTS=1", () => {
  it("the suite's console ignores the cookie", async () => {
    const seeded = inject("seeded");
    const session = await new Session().signIn(seeded.email, seeded.password);
    const response = await failing(session, `/w/${seeded.slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('data-testid="error-notice"');
    expect(html).toContain('data-testid="stat"');
  });
});
