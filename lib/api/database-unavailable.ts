// Errors meaning the database cannot serve anyone right now (restart, failover, network): the API
// answers 503 with Retry-After for those, not 500, so clients retry instead of giving up.
const CONNECTION_STATES = /^(08|53|57P)/; // SQLSTATE: connection exception, insufficient resources, shutting down / starting up

type PrismaLike = Error & {
  clientVersion?: string;
  code?: string;
  meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error) || !("clientVersion" in error)) return false;
  const { code, meta } = error as PrismaLike;
  // No code: initialization or unknown request errors (a connection cut mid-query); P1xxx: unreachable, closed.
  if (!code || code.startsWith("P1")) return true;
  const cause = meta?.driverAdapterError?.cause;
  return CONNECTION_STATES.test(cause?.originalCode ?? "") || cause?.kind === "DatabaseNotReachable" || cause?.kind === "ConnectionClosed";
}
