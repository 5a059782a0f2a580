import { loadGrant } from "./load-grant";

// Answers 404 before loading.tsx starts streaming (see load-grant.ts).
export default async function GrantLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; id: string }>;
}) {
  const { slug, id } = await params;
  await loadGrant(slug, id);
  return children;
}
