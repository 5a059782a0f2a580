// How Zoho answers: JSON, errors usually with HTTP 200 and an `error` field (read the body, not the status).
export const zohoJson = (body: object, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", pragma: "no-cache" } });

export const zohoError = (error: string, status = 200, description?: string) =>
  zohoJson(description ? { error, error_description: description } : { error }, status);

export const TOO_MANY_REQUESTS = {
  error: "Access Denied",
  error_description: "You have made too many requests continuously. Please try again after some time.",
};
