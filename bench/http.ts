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
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers,
      redirect: "manual",
      signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
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

export type Sample = { ms: number[]; errors: number; timedOut: boolean; wallMs: number };

export const emptySample = (): Sample => ({ ms: [], errors: 0, timedOut: false, wallMs: 0 });

export function addSample(into: Sample, s: Sample) {
  into.ms.push(...s.ms);
  into.errors += s.errors;
  into.timedOut ||= s.timedOut;
  into.wallMs += s.wallMs;
}

/**
 * Runs `task` `count` times with `concurrency` in flight and times each run; a task that throws
 * counts as an error, not a sample. Bounded by count and by `deadlineMs` (no new task after it).
 */
export async function load(
  task: (i: number) => Promise<void>,
  { count, concurrency, deadlineMs }: { count: number; concurrency: number; deadlineMs: number },
): Promise<Sample> {
  const ms: number[] = [];
  let errors = 0;
  let started = 0;
  const t0 = performance.now();
  const stopAt = t0 + deadlineMs;
  let timedOut = false;
  async function worker() {
    while (started < count) {
      if (performance.now() > stopAt) {
        timedOut = true;
        return;
      }
      const i = started++;
      const begun = performance.now();
      try {
        await task(i);
        ms.push(performance.now() - begun);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { ms, errors, timedOut, wallMs: performance.now() - t0 };
}

/** A task for `load`: GET a page and read it to the end (as a browser waits for it); anything but 200 fails. */
export const getPage = (session: BenchSession, path: string, init?: RequestInit) => async () => {
  const response = await session.fetch(path, init);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
};
