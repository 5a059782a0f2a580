// How Zoho answers: JSON, errors usually with HTTP 200 and an `error` field.
export const zohoJson = (body: object, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

export const zohoError = (error: string, status = 200, description?: string) =>
  zohoJson(description ? { error, error_description: description } : { error }, status);

export const TOO_MANY_REQUESTS = {
  error: "Access Denied",
  error_description: "You have made too many requests continuously. Please try again after some time.",
};

export const sandboxOff = () => Response.json({ error: "the built-in Zoho sandbox is off (ZOHO_SANDBOX=1 turns it on)" }, { status: 404 });
