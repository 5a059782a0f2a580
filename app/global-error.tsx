"use client";
import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

// The root layout itself failed (or a layout with no error.tsx above it, such as a workspace's header):
// this replaces the whole document, so it brings its own <html> and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen p-6">
        <title>Something went wrong · Zoho OAuth Console</title>
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
