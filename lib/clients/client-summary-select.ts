import type { Prisma } from "@/lib/generated/prisma/client";

// What every list of clients shows and the builder needs: configuration only, never a secret or its
// ciphertext. Reads spread it and name what else they need.
export const CLIENT_SUMMARY = {
  id: true,
  name: true,
  zohoClientId: true,
  type: true,
  provider: true,
  environment: true,
  homeDc: true,
  enabledDcs: true,
} as const satisfies Prisma.OAuthClientSelect;
