import { loadClient } from "./load-client";

// Answers 404 before loading.tsx starts streaming (see load-client.ts).
export default async function ClientLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; id: string }>;
}) {
  const { slug, id } = await params;
  await loadClient(slug, id);
  return children;
}
