import "server-only";
import { z } from "zod";
import { recordSignIn } from "@/lib/audit/record-sign-in";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { checkPassword } from "./password";
import { recordSignInResult, signInWaitSeconds } from "./sign-in-throttle";

const credentialsSchema = z.object({ email: z.email().toLowerCase(), password: z.string().min(1) });

// Same work whether or not the email exists, so timing does not reveal accounts.
const DUMMY_HASH = "$2b$12$iTLkGiIQCmKMty6p.u9ezuQntbF8fg4iMW0ALalHhVR5sHwTicXIy";

export async function verifyCredentials(input: unknown, request?: Request) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  // A throttled attempt is refused unchecked and unaudited: the delay is what bounds the trail.
  if ((await signInWaitSeconds(parsed.data.email)) > 0) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = (await checkPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH)) && !!user;
  await recordSignInResult(parsed.data.email, ok);
  if (user) await recordSignIn({ userId: user.id, email: user.email, ok, method: "password", ...(request ? metaFrom(request.headers) : { ip: null, userAgent: null }) });
  return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
}
