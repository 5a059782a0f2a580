import { env, type Env } from "./env";

// What origin is "the console" is decided by configuration alone, never by a request's Host or
// X-Forwarded-Host (issue 11: a forged Host once sent client secrets to an attacker's listener).
//  - APP_URL set: that origin, and no other.
//  - APP_URL unset (the embedded default): the loopback names of the port served; proxy.ts answers
//    any other Host with a 400 that says to set APP_URL.
type Served = Pick<Env, "APP_URL" | "PORT" | "HOSTNAME">;

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** The origins that are this console (also the sandbox's, when it is on). */
export function ownOrigins(c: Served = env()): string[] {
  if (c.APP_URL) return [new URL(c.APP_URL).origin];
  return LOOPBACK_NAMES.map((name) => new URL(`http://${name}:${c.PORT}`).origin);
}

/** Whether this console answers to a request's Host. With APP_URL set nothing is taken from Host. */
export function isServedHost(host: string | null, c: Served = env()): boolean {
  return !!c.APP_URL || (!!host && ownOrigins(c).some((o) => new URL(o).host === host.toLowerCase()));
}

/** The public origin for links and redirect URIs: APP_URL, else the loopback name the request used (one of ours). */
export function appOrigin(request: { headers: Headers }, c: Served = env()): string {
  const own = ownOrigins(c);
  const host = c.APP_URL ? null : request.headers.get("host")?.toLowerCase();
  return own.find((o) => new URL(o).host === host) ?? own[0];
}

/** The origins the sandbox's accounts servers live under: none when the sandbox is off. */
export function sandboxOrigins(): string[] {
  return env().sandboxEnabled ? ownOrigins() : [];
}

/** Where this process calls itself (its sandbox): its own listening address, never a name a request chose. */
export function internalOrigin(c: Served = env()): string {
  const wildcard = !c.HOSTNAME || ["0.0.0.0", "::", "[::]"].includes(c.HOSTNAME);
  const host = wildcard ? "127.0.0.1" : c.HOSTNAME!.includes(":") && !c.HOSTNAME!.startsWith("[") ? `[${c.HOSTNAME}]` : c.HOSTNAME!;
  return new URL(`http://${host}:${c.PORT}`).origin;
}
