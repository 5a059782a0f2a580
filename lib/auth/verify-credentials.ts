import "server-only";
import { z } from "zod";
import { recordSignIn } from "@/lib/audit/record-sign-in";
import { db } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import { metaFrom } from "@/lib/request-meta";
import { countAttempt, forgiveAttempt } from "./count-attempt";
import { deviceOf, rememberDevice } from "./known-device";
import { DUMMY_HASH, verifyPassword } from "./password";
import { couldBeAPassword } from "./possible-password";
import { signInBuckets } from "./sign-in-limits";
import { SignInRefused } from "./sign-in-refused";
import { upgradePasswordHash } from "./upgrade-password-hash";

const credentialsSchema = z.object({ email: z.email().toLowerCase(), password: z.string().min(1) });

const findUser = (email: string) =>
  db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });

// Every password sign-in (the form's action and Auth.js's /api/auth/callback/credentials) ends here.
// Order matters: the attempt is counted (atomically, in the database) before the password is hashed,
// so a flood is refused at the price of a counter, not of a hash (issue 11, sections 2 and 5).
export async function verifyCredentials(input: unknown, request?: Request) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success || !couldBeAPassword(parsed.data.password)) return failed("invalid_input");
  const { email, password } = parsed.data;
  const headers = request?.headers ?? new Headers();
  const meta = metaFrom(headers);
  // A device cookie counts only for the account it was issued for.
  const presented = deviceOf(headers);
  let user = presented ? await findUser(email) : null;
  const device = presented && user && presented.userId === user.id ? presented : null;
  const buckets = signInBuckets({ email, address: meta.ip, device });
  const verdict = await countAttempt(buckets);
  // Refused unchecked and unaudited: the limit is what bounds the trail.
  if (!verdict.ok) {
    failed("rate_limited");
    throw new SignInRefused(verdict.retryAfterSeconds);
  }
  if (!presented) user = await findUser(email);
  // Same work whether or not the email exists, so timing does not reveal accounts.
  const { ok: matches, rehash } = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const ok = matches && !!user;
  if (user) await recordSignIn({ userId: user.id, email: user.email, ok, method: "password", ...meta });
  if (!ok || !user) return failed("wrong_credentials");
  await forgiveAttempt(buckets);
  if (rehash) await upgradePasswordHash(user.id, user.passwordHash, password);
  await rememberDevice(user.id, device);
  return { id: user.id, email: user.email, name: user.name };
}

/** A refused sign-in, counted for the metrics (sign-in failures by reason); answers null, as Auth.js expects. */
function failed(reason: "invalid_input" | "rate_limited" | "wrong_credentials"): null {
  metrics().signInFailures.labels({ reason }).inc();
  return null;
}
