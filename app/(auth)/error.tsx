"use client";
import { ErrorNotice } from "@/components/error-notice";

// Sign-in, setup or an invite failed (inside the card of app/(auth)/layout.tsx): components/error-notice.tsx.
export default function AuthError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
