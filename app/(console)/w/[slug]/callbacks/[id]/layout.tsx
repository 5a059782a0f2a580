import { loadCallback } from "./load-callback";

// Answers 404 before loading.tsx starts streaming (see load-callback.ts).
export default async function CallbackLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; id: string }>;
}) {
  const { slug, id } = await params;
  await loadCallback(slug, id);
  return children;
}
