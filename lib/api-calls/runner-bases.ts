import "server-only";
import { apiBaseLabel, grantApiBases, type ApiBase, type GrantHosts } from "@/lib/zoho/api-target";

export type RunnerBase = { base: ApiBase; label: string; url: string };

/** The hosts the runner offers for a grant: exactly those the egress guard lets it reach. */
export function runnerBases(grant: GrantHosts): RunnerBase[] {
  return (Object.entries(grantApiBases(grant)) as [ApiBase, string][]).map(([base, url]) => ({ base, label: apiBaseLabel(base), url }));
}

/** A history row's URL as the runner's base and the rest (path and query), for "Run again"; null if no base holds it. */
export function splitCalledUrl(url: string, bases: RunnerBase[]): { base: ApiBase; path: string; query: string } | null {
  const match = bases.filter((b) => url.startsWith(`${b.url}/`)).sort((a, b) => b.url.length - a.url.length)[0];
  if (!match) return null;
  const rest = new URL(url);
  const path = url.slice(match.url.length).split("?")[0];
  return { base: match.base, path, query: [...rest.searchParams].map(([n, v]) => `${n}=${v}`).join("\n") };
}
