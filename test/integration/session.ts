// A browser-like HTTP session for the suite: keeps cookies, never follows redirects by itself.
import { inject } from "vitest";

export class Session {
  private cookies = new Map<string, string>();

  /**
   * The suite's console by default; another console's address for suites that run several. `origin`
   * is what the browser sends as Origin: the public origin (APP_URL) when instances sit behind one.
   */
  constructor(
    readonly baseUrl: string = inject("baseUrl"),
    readonly origin: string = baseUrl,
  ) {}

  async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = pathOrUrl.startsWith("http") ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const headers = new Headers(init.headers);
    // Browsers send Origin on POST; Next checks it for server actions.
    if (init.method === "POST" && !headers.has("origin")) headers.set("origin", this.origin);
    // Behind a load balancer the instance learns the public host from it, as here.
    if (this.origin !== this.baseUrl) headers.set("x-forwarded-host", new URL(this.origin).host);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
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

  /** The Cookie header this session sends, for requests made outside fetch (test/integration/raw-fetch.ts). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
  async signIn(email: string, password: string): Promise<this> {
    const { csrfToken } = await (await this.fetch("/api/auth/csrf")).json();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: this.baseUrl }),
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`sign-in failed for ${email}: HTTP ${response.status} → ${response.headers.get("location")}`);
    }
    return this;
  }
}

/** Follows a redirect's Location header relative to the console. */
export function locationOf(response: Response): string {
  const location = response.headers.get("location");
  if (!location) throw new Error(`expected a redirect, got HTTP ${response.status}`);
  return location;
}
