import type { Limit } from "@/lib/rate-limit/rate-limit";

// The runner is for trying a call, not for load: each call writes a history row and an audit event and
// spends the grant's access at Zoho (Zoho's APIs have daily credits per organization). Counted per
// member per workspace on every instance.
export const CALLS_PER_MEMBER: Limit = { name: "api-calls-member", points: 60, perSeconds: 60, store: "shared" };
