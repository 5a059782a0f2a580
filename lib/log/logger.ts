import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";
import type { z } from "zod";
import { logLevel } from "@/lib/config/env";
import { redactPaths } from "./redact-paths";

// The console's one logger (pino). Production (NODE_ENV=production): one JSON object per line on
// stdout, for a log shipper. Otherwise: pino-pretty's readable lines, as a synchronous stream in this
// thread (pino's worker-thread transports do not survive Next's bundler). LOG_LEVEL sets the level
// (lib/config/env.ts validates it at start; default info). Every field that could hold a secret is
// redacted by name (redact-paths.ts) — still, pass ids and outcomes, never a token or a whole request.

type LogLevel = z.infer<typeof logLevel>;

// Validated at start with the rest of the environment (scripts/start.ts); a logger never throws, so a
// bad value that slipped through logs at info.
const configuredLevel = (): LogLevel => logLevel.catch("info").parse(process.env.LOG_LEVEL || undefined);

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: "zoho-oauth-console" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths(), censor: "[redacted]" },
    serializers: { err: pino.stdSerializers.err },
    formatters: { level: (label) => ({ level: label }) },
  };
}

/** A logger writing to `destination` (tests); by default stdout, JSON or pretty by NODE_ENV. */
export function createLogger(destination?: DestinationStream, level: LogLevel = configuredLevel()): Logger {
  const options = loggerOptions(level);
  if (destination) return pino(options, destination);
  if (process.env.NODE_ENV === "production") return pino(options, pino.destination({ dest: 1, sync: true }));
  return pino(options, pretty({ sync: true, colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" }));
}

// On globalThis like the database client: Next may load this module more than once, one logger is enough.
const g = globalThis as unknown as { consoleLogger?: Logger };

/** The process's logger, made on first use (never at import: `next build` loads modules without the runtime settings). */
export const log: Logger = new Proxy({} as Logger, {
  get(_, prop) {
    const logger = (g.consoleLogger ??= createLogger());
    const value = Reflect.get(logger, prop);
    return typeof value === "function" ? value.bind(logger) : value;
  },
});

/** An error as a log field: its name and first line, not the whole message or stack (which can quote a request). */
export function errorFields(error: unknown): { error: string } {
  if (!(error instanceof Error)) return { error: "unknown error" };
  return { error: `${error.name}: ${error.message.trim().split("\n")[0].slice(0, 300)}` };
}

/** Only the error's name, where even its first line could quote request values. */
export const errorName = (error: unknown) => (error instanceof Error ? error.name : "unknown error");
