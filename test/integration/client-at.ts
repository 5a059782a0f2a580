// A browser-like session whose connections come from a chosen loopback address (127.0.5.1, …): the
// console takes the socket's address as the client's (scripts/serve.mjs, no trusted proxy), so one
// machine can play several clients — an attacker "elsewhere" and the real user at home — each with
// its own per-address count. Linux routes all of 127.0.0.0/8 to loopback; elsewhere alias the
// addresses first (macOS: `sudo ifconfig lo0 alias 127.0.5.1`).
import { rawFetch } from "./raw-fetch";
import { Session } from "./session";

export type SignInOutcome = "signed-in" | "wrong" | "refused";

export class ClientAt extends Session {
  readonly jar = new Map<string, string>();

  constructor(readonly address: string) {
    super();
  }

  /** Another browser holding a copy of this one's cookies (a captured cookie, replayed). */
  copy(only?: (name: string) => boolean): ClientAt {
    const other = new ClientAt(this.address);
    for (const [k, v] of this.jar) if (!only || only(k)) other.jar.set(k, v);
    return other;
  }

  override async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(pathOrUrl.startsWith("http") ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`);
    const method = init.method ?? "GET";
    // Let Fetch serialise the body (form data, URL parameters) exactly as a browser's request would.
    const encoded =
      init.body === undefined || init.body === null ? null : new Request(url, { method, body: init.body, headers: init.headers });
    const headers = new Headers(encoded?.headers ?? init.headers);
    if (method === "POST" && !headers.has("origin")) headers.set("origin", this.baseUrl);
    if (this.jar.size) headers.set("cookie", [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "));
    const body = encoded ? Buffer.from(await encoded.arrayBuffer()) : undefined;
    const response = await rawFetch(url.toString(), { method, headers: Object.fromEntries(headers), body, from: this.address });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return response;
  }

  /** Signs in through Auth.js's credentials endpoint; throws unless it worked. */
  override async signIn(email: string, password: string): Promise<this> {
    const outcome = await this.trySignIn(email, password);
    if (outcome !== "signed-in") throw new Error(`sign-in for ${email} from ${this.address}: ${outcome}`);
    return this;
  }

  /** One sign-in attempt, as the credentials endpoint answers it (a redirect that says how it went). */
  async trySignIn(email: string, password: string, csrfToken?: string): Promise<SignInOutcome> {
    csrfToken ??= await this.csrfToken();
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: this.baseUrl }),
    });
    const location = response.headers.get("location") ?? "";
    if (response.status >= 500) throw new Error(`sign-in answered HTTP ${response.status}`);
    if (location.includes("code=rate_limited")) return "refused";
    if (location.includes("error=")) return "wrong";
    if (![...this.jar.keys()].some((k) => k.includes("session-token")))
      throw new Error(`no session cookie after ${response.status} → ${location}`);
    return "signed-in";
  }

  async csrfToken(): Promise<string> {
    return ((await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /** Whether the session cookie is still good: the front door sends a signed-in person to a workspace, anyone else to sign in. */
  async signedIn(): Promise<boolean> {
    const response = await this.fetch("/");
    const location = response.headers.get("location") ?? "";
    if (response.status >= 300 && response.status < 400 && /\/(w\/|workspaces\/new)/.test(location)) return true;
    if (response.status >= 300 && response.status < 400 && location.includes("/sign-in")) return false;
    throw new Error(`GET /: HTTP ${response.status} → ${location}`);
  }
}
