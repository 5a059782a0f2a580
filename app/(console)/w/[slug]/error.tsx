"use client";
import { ErrorNotice } from "@/components/error-notice";

// A page of the workspace failed (the header and navigation above it stay): components/error-notice.tsx.
export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
