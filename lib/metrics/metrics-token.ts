import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether `Authorization: Bearer <token>` names the configured METRICS_TOKEN. Both sides are hashed
 * first, so the comparison is constant-time whatever the lengths (timingSafeEqual needs equal lengths).
 */
export function metricsTokenMatches(authorization: string | null, expected: string): boolean {
  const sent = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(sent), digest(expected)) && sent.length > 0;
}
