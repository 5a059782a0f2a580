// Raw HTTP for hostile tests: any Host header (fetch would not send a forged one), from any loopback
// address (Linux routes all of 127.0.0.0/8 to loopback; macOS needs `ifconfig lo0 alias` first), so
// one machine plays several clients, each with its own per-address limits. The suite's console
// trusts 127.0.0.2 as its load balancer (TRUSTED_PROXIES in global-setup.ts): a request sent from
// there speaks for the client named in X-Forwarded-For.
import http from "node:http";

export type RawInit = { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string };

export function rawFetch(url: string, { method = "GET", headers = {}, body, from = "127.0.0.1" }: RawInit = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress: from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) answer.append(name, v);
        const status = res.statusCode ?? 0;
        resolve(new Response([101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: answer }));
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** As the load balancer would forward a client's request: from 127.0.0.2, with X-Forwarded-For. */
export const viaProxy = (url: string, clientIp: string, init: Omit<RawInit, "from"> = {}) =>
  rawFetch(url, { ...init, from: "127.0.0.2", headers: { ...init.headers, "x-forwarded-for": clientIp } });
