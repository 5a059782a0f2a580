// Requests from another loopback address (Linux routes all of 127.0.0.0/8 to the loopback interface):
// the console sees a different client IP, so a test can flood from one address and check that per-IP
// limits hold there without limiting the rest of the suite, which comes from 127.0.0.1.
import http from "node:http";
import { inject } from "vitest";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function fromAddress(localAddress: string, baseUrl: string = inject("baseUrl")) {
  const agent = new http.Agent({ keepAlive: true, localAddress, maxSockets: 50 });
  const { hostname, port } = new URL(baseUrl);
  const request = (path: string, { method = "GET", body }: { method?: string; body?: URLSearchParams } = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = body?.toString();
      const req = http.request(
        { host: hostname, port, path, method, agent, headers: payload ? { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(payload) } : {} },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}
