import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { countUsers } from "@/lib/account/count-users";
import { buttonClass } from "@/components/button-class";
import { signInWithProviderAction } from "@/lib/account/actions";
import { oidcProviders } from "@/lib/auth/oidc-providers";
import { tooManyAttemptsMessage } from "@/lib/auth/sign-in-refused";
import { env } from "@/lib/config/env";
import { failOnPurpose } from "@/lib/test-fault";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string; code?: string }> }) {
  if ((await countUsers()) === 0) redirect("/setup");
  await failOnPurpose(); // only when the tests ask (lib/test-fault.ts)
  const { next, error, code } = await searchParams;
  const providers = oidcProviders(env()).map(({ id, name }) => ({ id, name }));
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-muted">to manage your team&apos;s Zoho clients and grants.</p>
      {error === "no-account" && (
        <p className="mt-4 text-sm text-amber-700 dark:text-amber-400" role="alert">
          That account has no access to this console. Ask an owner to invite your email address.
        </p>
      )}
      {/* Auth.js's own endpoint (/api/auth/callback/credentials) sends failed attempts here. */}
      {error === "CredentialsSignin" && (
        <p className="mt-4 text-sm text-red-600 dark:text-red-400" role="alert">
          {code === "rate_limited" ? tooManyAttemptsMessage() : "That email and password do not match an account."}
        </p>
      )}
      <SignInForm next={next} />
      {providers.length > 0 && (
        <div className="mt-6 space-y-2 border-t border-zinc-200 pt-6 dark:border-zinc-800">
          {providers.map((p) => (
            <form key={p.id} action={signInWithProviderAction.bind(null, p.id)} data-action={`sign-in-${p.id}`}>
              <button className={`${buttonClass("secondary")} w-full`}>Sign in with {p.name}</button>
            </form>
          ))}
        </div>
      )}
    </>
  );
}
