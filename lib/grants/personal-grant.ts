import type { Prisma } from "@/lib/generated/prisma/client";

// The grants that count toward Zoho's cap of refresh tokens per user per client: the user's own,
// active ones. Org-wide grants (/oauth/v2/org/auth) belong to the organization and are left out.
export const PERSONAL_GRANT = { status: "ACTIVE", orgWide: false } satisfies Prisma.GrantWhereInput;
