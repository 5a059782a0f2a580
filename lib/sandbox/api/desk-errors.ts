// Zoho Desk's answers: {"errorCode": "…", "message": "…"}. The errorCodes are Desk's own list ("Errors" in
// https://desk.zoho.com/DeskAPIDocument: UNAUTHORIZED when there is no usable authentication, INVALID_OAUTH for
// an invalid or expired token, SCOPE_MISMATCH when the token lacks the operation's scope, URL_NOT_FOUND,
// TOO_MANY_REQUESTS for rate limiting); HTTP statuses from the same page's table (401, 404, 429; SCOPE_MISMATCH
// comes with 403 as Zoho's clients record it). Messages as those clients recorded them.
const ERRORS = {
  UNAUTHORIZED: [401, "You are not authenticated to perform this operation."],
  INVALID_OAUTH: [401, "The OAuth Token you provided is invalid."],
  SCOPE_MISMATCH: [403, "The OAuth Token does not contain the scope to perform this operation."],
  URL_NOT_FOUND: [404, "The URL you requested could not be found."],
  TOO_MANY_REQUESTS: [429, "You have made too many requests. Please try again after some time."],
} as const;
export type DeskErrorCode = keyof typeof ERRORS;

export const deskError = (errorCode: DeskErrorCode) =>
  Response.json({ errorCode, message: ERRORS[errorCode][1] }, { status: ERRORS[errorCode][0], headers: { "cache-control": "no-store" } });
