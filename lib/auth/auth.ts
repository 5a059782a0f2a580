import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordSignIn } from "@/lib/audit/record-sign-in";
import { env } from "@/lib/config/env";
import { requestMeta } from "@/lib/request-meta";
import { linkOidcUser } from "./link-oidc-user";
import { oidcProviders } from "./oidc-providers";
import { endSession } from "./sessions/end-sessions";
import { resumeSession } from "./sessions/resume-session";
import { SESSION_MAX_SECONDS } from "./sessions/session-policy";
import { startSession } from "./sessions/start-session";
import { verifyCredentials } from "./verify-credentials";
import { log } from "@/lib/log/logger";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** This browser's UserSession row (kept when the user changes their password here). */
    sessionId: string;
  }
}

// Lazy config: `next build` imports this module without the runtime secrets.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  // A signed JWT cookie that names a UserSession row: the row is checked on every request, so a
  // session can be ended (sign-out, "sign out everywhere", password change, removal) and expires when
  // idle (lib/auth/sessions/session-policy.ts). The cookie lasts as long as the longest session.
  session: { strategy: "jwt", maxAge: SESSION_MAX_SECONDS },
  pages: { signIn: "/sign-in" },
  // A wrong password is an expected event, not an error with a stack trace in the log.
  logger: {
    error(error) {
      // Class names are minified in production builds; Auth.js errors carry their kind in `type`.
      const type = (error as { type?: string }).type ?? error.name;
      const code = (error as { code?: string }).code;
      if (type === "CredentialsSignin")
        log.warn(code === "rate_limited" ? "sign-in refused: too many attempts" : "sign-in failed: wrong email or password");
      else log.error({ type, error: error.message.split("\n")[0] }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => verifyCredentials(credentials, request),
    }),
    ...oidcProviders(env()),
  ],
  callbacks: {
    // A single sign-on identity is accepted only when it maps to a console user (lib/auth/link-oidc-user.ts).
    async signIn({ account, profile }) {
      if (!account || account.type === "credentials") return true;
      const userId = await linkOidcUser(profile ?? {});
      if (!userId) return "/sign-in?error=no-account";
      await recordSignIn({
        userId,
        email: String(profile?.email ?? "").toLowerCase(),
        ok: true,
        method: `oidc:${account.provider}`,
        ...(await requestMeta()),
      });
      return true;
    },
    // At sign-in: a new session row. On every later request: null (no session) unless the row lives.
    async jwt({ token, account, profile, trigger }) {
      if (account && account.type !== "credentials") token.sub = (await linkOidcUser(profile ?? {})) ?? undefined;
      if (trigger === "signIn" || trigger === "signUp") {
        if (!token.sub) return null;
        return { ...token, sid: await startSession(token.sub) };
      }
      if (!token.sub || typeof token.sid !== "string" || !(await resumeSession(token.sid, token.sub))) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // Sign-out ends this browser's session row, so a copy of its cookie is refused from now on.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
}));
