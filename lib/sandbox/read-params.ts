// Zoho's token endpoints take their parameters from the query string or a form body, or both.
export async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  const type = request.headers.get("content-type") ?? "";
  if (request.method === "POST" && (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data"))) {
    try {
      const form = await request.formData();
      for (const [key, value] of form) if (typeof value === "string" && !params.has(key)) params.set(key, value);
    } catch {
      // An unreadable body counts as no body: the missing parameters are reported below.
    }
  }
  return params;
}
