import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordSignIn } from "@/lib/audit/record-sign-in";
import { env } from "@/lib/config/env";
import { requestMeta } from "@/lib/request-meta";
import { linkOidcUser } from "./link-oidc-user";
import { oidcProviders } from "./oidc-providers";
import { verifyCredentials } from "./verify-credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

// Lazy config: `next build` imports this module without the runtime secrets.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  // JWT sessions signed with the persisted AUTH_SECRET survive a restart.
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/sign-in" },
  // A wrong password is an expected event, not an error with a stack trace in the log.
  logger: {
    error(error) {
      // Class names are minified in production builds; Auth.js errors carry their kind in `type`.
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") console.warn("sign-in failed: wrong email or password");
      else console.error(`[auth] ${type}: ${error.message.split("\n")[0]}`);
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
      await recordSignIn({ userId, email: String(profile?.email ?? "").toLowerCase(), ok: true, method: `oidc:${account.provider}`, ...(await requestMeta()) });
      return true;
    },
    async jwt({ token, account, profile }) {
      if (account && account.type !== "credentials") token.sub = (await linkOidcUser(profile ?? {})) ?? undefined;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
