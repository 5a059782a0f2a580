// The console's HTTP server: Next.js behind a plain Node server whose only job is to say who is
// really on the other end of the socket. Next's own `next start` cannot: it copies the socket's
// address into X-Forwarded-For only when the client did not send one, so anyone could name any IP.
// Here every request gets `x-console-peer` = the socket's address, overwriting whatever was sent;
// proxy.ts then decides, from TRUSTED_PROXIES alone, which forwarded headers to believe.
//   node scripts/serve.mjs [--dev]   (PORT, HOSTNAME from the environment; npm start runs this)
import http from "node:http";
import next from "next";

export const PEER_HEADER = "x-console-peer";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
// proxy.ts compares the Host header with the port actually served.
process.env.PORT = String(port);

const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => console.log(`Console listening on http://${hostname ?? "localhost"}:${port}`));

// As `next start` does: stop taking connections, let in-flight requests end, then exit.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The app's last writes first (lib/token-cache/usage-flusher.ts: last-use counted in memory), at most 4 s.
    const beforeExit = () =>
      Promise.race([Promise.resolve(globalThis.consoleBeforeExit?.()).catch(() => undefined), new Promise((r) => setTimeout(r, 4_000))]);
    server.close(() => void beforeExit().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
