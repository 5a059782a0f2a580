// The console's HTTP server: Next.js behind a plain Node server whose only job is to say who is
// really on the other end of the socket. Next's own `next start` cannot: it copies the socket's
// address into X-Forwarded-For only when the client did not send one, so anyone could name any IP.
// Here every request gets `x-console-peer` = the socket's address, overwriting whatever was sent;
// proxy.ts then decides, from TRUSTED_PROXIES alone, which forwarded headers to believe.
//   node scripts/serve.mjs [--dev]   (PORT, HOSTNAME from the environment; npm start runs this)
import http from "node:http";
import next from "next";
import pino from "pino";

export const PEER_HEADER = "x-console-peer";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
// proxy.ts compares the Host header with the port actually served.
process.env.PORT = String(port);

// Its own few lines as JSON in production, like the app's (lib/log/logger.ts, whose NODE_ENV the production
// build fixes); none carries a request value.
const log = !dev
  ? pino(
      {
        base: { service: "zoho-oauth-console" },
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      pino.destination({ dest: 1, sync: true }),
    )
  : { info: console.log, warn: console.warn };

const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
  // Draining: this answer closes its connection, so the client's next request goes to a live instance.
  if (globalThis.consoleShutdown?.shuttingDown) response.setHeader("connection", "close");
  // The token API's access-token read, once its route has loaded, goes straight to its handler (lib/api/direct-route.ts).
  if (globalThis.consoleDirectRoute?.(request, response)) return;
  void handle(request, response);
});
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, hostname, () => log.info(`Console listening on http://${hostname ?? "localhost"}:${port}`));

// Graceful shutdown (SIGTERM from an orchestrator, Ctrl-C): /api/health/ready answers 503 at once, the
// server stops accepting, in-flight requests finish (at most SHUTDOWN_TIMEOUT_SECONDS, default 10), then
// the app's hooks run in order (lib/shutdown/on-shutdown.ts): refresh leases given back so another
// instance takes them at once, the last usage counts written, the database closed (PGlite must be, or
// its files are left as after a crash).
const shutdown = (globalThis.consoleShutdown ??= { shuttingDown: false, hooks: [] });
const seconds = (name, fallback) => (process.env[name] && Number(process.env[name]) >= 0 ? Number(process.env[name]) : fallback);
const delayMs = seconds("SHUTDOWN_DELAY_SECONDS", 0) * 1000;
const drainMs = seconds("SHUTDOWN_TIMEOUT_SECONDS", 10) * 1000;
const HOOK_MS = 4_000;

const done = new Set();
/** Runs the hooks not run yet whose order is at most `upTo`, lowest first. */
async function runHooks(upTo = Infinity) {
  const hooks = [
    ...shutdown.hooks,
    // lib/token-cache/usage-flusher.ts: last-use counted in memory.
    { name: "usage counts", order: 20, run: () => globalThis.consoleBeforeExit?.() },
  ]
    .filter((hook) => hook.order <= upTo && !done.has(hook.name))
    .sort((a, b) => a.order - b.order);
  for (const hook of hooks) {
    done.add(hook.name);
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(() => resolve("late"), HOOK_MS)));
    try {
      if ((await Promise.race([Promise.resolve().then(hook.run), late])) === "late")
        log.warn(`[shutdown] ${hook.name}: still running after ${HOOK_MS} ms, going on`);
    } catch (error) {
      log.warn(`[shutdown] ${hook.name} failed: ${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

async function stop(signal) {
  if (shutdown.shuttingDown) return;
  shutdown.shuttingDown = true;
  setTimeout(() => process.exit(1), delayMs + drainMs + 5 * HOOK_MS).unref(); // whatever hangs, the process ends
  log.info(`${signal}: shutting down (in-flight requests get at most ${drainMs / 1000} s)`);
  // Still serving, but not ready: a load balancer that polls /api/health/ready takes this instance out.
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const closed = new Promise((resolve) => server.close(resolve));
  // Keep-alive connections go as soon as they are idle (answers sent from now on carry Connection: close).
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await Promise.race([closed.then(() => true), new Promise((r) => setTimeout(() => r(false), drainMs))]);
  clearInterval(sweep);
  if (!drained) {
    log.warn(`[shutdown] requests still running after ${drainMs / 1000} s: cutting their connections`);
    // Leases first, while the refreshes that hold them still wait on Zoho (order ≤ 10, lib/shutdown/on-shutdown.ts).
    await runHooks(10);
    server.closeAllConnections();
  }
  await runHooks();
  log.info("Console stopped.");
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
