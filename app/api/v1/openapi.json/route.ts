// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document (public: it describes, it grants nothing)
import { openApiDocument } from "@/lib/api/openapi";
import { appOrigin } from "@/lib/config/app-origin";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return Response.json(openApiDocument(appOrigin(request)), {
    headers: { "cache-control": "public, max-age=300", vary: "host, x-forwarded-host", "access-control-allow-origin": "*" },
  });
}
