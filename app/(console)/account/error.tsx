"use client";
import { ErrorNotice } from "@/components/error-notice";

// The account page failed (its header stays): components/error-notice.tsx.
export default function AccountError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
