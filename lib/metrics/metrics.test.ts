import { describe, expect, it } from "vitest";
import { stampProblem } from "@/lib/api/stamp-request-id";
import { problem } from "@/lib/api/problem";
import { metricsTokenMatches } from "./metrics-token";
import { refreshOutcome } from "./refresh-outcome";
import { tokenApiEndpoint } from "./observe-token-api";
import type { TokenAnswer } from "@/lib/zoho/normalise-token-answer";
import { metrics } from "./metrics";

describe("the metrics token", () => {
  const token = "m".repeat(40);
  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(1)}`, false],
    ["Bearer ", false],
    [token, false],
    [null, false],
  ])("%s → %s", (header, ok) => expect(metricsTokenMatches(header, token)).toBe(ok));
});

describe("refresh outcomes are a short fixed list, never Zoho's free text", () => {
  it.each([
    [{ ok: true } as never, "ok"],
    [{ ok: false, error: "invalid_code", description: null, status: 400 }, "invalid_code"],
    [{ ok: false, error: "Access Denied", description: "too many requests", status: 400, rateLimited: true }, "rate_limited"],
    [{ ok: false, error: "timeout", description: "x", status: 0 }, "timeout"],
    [{ ok: false, error: "unreachable", description: "x", status: 0 }, "unreachable"],
    [{ ok: false, error: "unreadable_answer", description: "x", status: 502 }, "server_error"],
    [{ ok: false, error: "whatever <script>", description: "x", status: 400 }, "refused"],
  ] as [TokenAnswer, string][])("%j → %s", (answer, outcome) => expect(refreshOutcome(answer)).toBe(outcome));
});

describe("token API endpoints leave the grant id out", () => {
  it.each([
    ["/api/v1/grants/cmabc123/access-token", "access_token"],
    ["/api/v1/grants/cmabc123/access-token/invalidate", "access_token_invalidate"],
    ["/api/v1/grants", "grants"],
    ["/api/v1/clients", "clients"],
    ["/api/v1/grants/cmabc123/nope", "other"],
  ])("%s → %s", (path, endpoint) => expect(tokenApiEndpoint(path)).toBe(endpoint));
});

describe("problem answers carry the request id", () => {
  it("adds request_id to problem JSON and says which problem it was", async () => {
    const { response, type } = await stampProblem(problem("zoho-unavailable", "down", { retry_after: 5 }, { "retry-after": "5" }), "rid-1");
    expect(type).toBe("zoho-unavailable");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-request-id")).toBe("rid-1");
    expect(await response.json()).toMatchObject({ detail: "down", retry_after: 5, request_id: "rid-1" });
  });

  it("leaves other answers alone", async () => {
    const ok = Response.json({ access_token: "x" });
    const { response, type } = await stampProblem(ok, "rid-1");
    expect(type).toBeNull();
    expect(response).toBe(ok);
  });
});

describe("the registry", () => {
  it("is one per process, with the process metrics and every console metric named", async () => {
    expect(metrics()).toBe(metrics());
    const text = await metrics().registry.metrics();
    for (const name of ["process_cpu_seconds_total", "token_api_requests_total", "zoho_refreshes_total", "audit_events_total"])
      expect(text).toContain(`zoho_console_${name}`);
  });
});
