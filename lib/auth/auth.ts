import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/config/env";
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
      authorize: async (credentials) => verifyCredentials(credentials),
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
