import { loadEndpoint } from "./load-endpoint";

// Answers 404 before loading.tsx starts streaming (see load-endpoint.ts).
export default async function EndpointLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; endpointId: string }>;
}) {
  const { slug, endpointId } = await params;
  await loadEndpoint(slug, endpointId);
  return children;
}
