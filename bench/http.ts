// HTTP for the benchmark: a cookie-keeping session (like test/integration/session.ts) and a bounded,
// fixed-concurrency load loop built on plain fetch. Load only ever goes to 127.0.0.1.

const REQUEST_TIMEOUT_MS = 60_000;

export class BenchSession {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {
    const host = new URL(baseUrl).hostname;
    if (host !== "127.0.0.1") throw new Error(`the benchmark only sends load to 127.0.0.1, not ${host}`);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.method === "POST" && !headers.has("origin")) headers.set("origin", this.baseUrl);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual", signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
  async signIn(email: string, password: string): Promise<this> {
    const { csrfToken } = await (await this.fetch("/api/auth/csrf")).json();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: this.baseUrl }),
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`sign-in failed for ${email}: HTTP ${response.status} → ${response.headers.get("location")}`);
    }
    return this;
  }
}

export type Sample = { ms: number[]; errors: number; timedOut: boolean };

/**
 * Sends `count` GETs of `path` with `concurrency` requests in flight, reading every body to the end
 * (the latency is the whole page, as a browser waits for it). Bounded by count and by `deadlineMs`.
 */
export async function load(session: BenchSession, path: string, { count, concurrency, deadlineMs }: { count: number; concurrency: number; deadlineMs: number }): Promise<Sample> {
  const ms: number[] = [];
  let errors = 0;
  let started = 0;
  const stopAt = performance.now() + deadlineMs;
  let timedOut = false;
  async function worker() {
    while (started < count) {
      if (performance.now() > stopAt) { timedOut = true; return; }
      started++;
      const t0 = performance.now();
      try {
        const response = await session.fetch(path);
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
        else ms.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ms, errors, timedOut };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
