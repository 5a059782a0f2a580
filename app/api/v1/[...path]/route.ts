// Any other path under /api/v1: the API's problem JSON, not the console's HTML 404 page
import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

export function GET() {
  return problem("not-found", "No such endpoint; see /api/v1/openapi.json.");
}
