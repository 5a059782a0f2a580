"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { SubmitButton } from "@/components/submit-button";
import type { TryState } from "@/lib/sandbox/try-sandbox-client";

// "Try it with the sandbox": one press registers a demo client in the sandbox and here, then opens the
// builder for it. Before JavaScript loads the answer is a link to the builder instead.
export function TrySandboxForm({
  action: run,
  builder,
}: {
  action: (prev: TryState, formData: FormData) => Promise<TryState>;
  builder: string;
}) {
  const [state, action] = useActionState(run, {} as TryState);
  const router = useRouter();
  const href = state.ok && state.clientId ? `${builder}?client=${encodeURIComponent(state.clientId)}` : null;
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
    if (href) router.push(href);
  }, [state, href, router]);
  return (
    <form action={action} data-action="try-sandbox" className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingText="Registering…">Try it with the sandbox</SubmitButton>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm" : "text-sm text-red-600 dark:text-red-400"}>
          {state.message}{" "}
          {href && (
            <Link href={href} className="font-medium text-indigo-600 underline dark:text-indigo-400">
              Open the builder
            </Link>
          )}
        </p>
      )}
    </form>
  );
}
