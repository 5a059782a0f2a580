// Zoho Books' answers: {"code": <number>, "message": "…"}, code 0 for success. The HTTP statuses are Books'
// own table (https://www.zoho.com/books/api/v3/errors/: 401 invalid token, 404 URL not found, 429 rate limit
// exceeded). The numeric codes and messages are as Zoho's clients have recorded them from Zoho Finance's
// /organizations (the errors page shows only the envelope): 14 for a token that does not authenticate, 57 for
// one without the operation's scope, 5 for a URL Books does not have. The rate limit's number is not
// published; 44 is the sandbox's stand-in (flagged in docs/zoho.md, "Zoho's product APIs").
const ERRORS = {
  invalidToken: [
    401,
    14,
    "The request could not be authenticated as the authentication value you entered is invalid. Enter a valid authentication value and try again.",
  ],
  scopeMismatch: [401, 57, "You are not authorized to perform this operation"],
  notFound: [404, 5, "Invalid URL Passed"],
  rateLimited: [429, 44, "You have made too many requests. Please try again after some time."],
} as const;
export type BooksError = keyof typeof ERRORS;

export const booksError = (kind: BooksError) =>
  Response.json({ code: ERRORS[kind][1], message: ERRORS[kind][2] }, { status: ERRORS[kind][0], headers: { "cache-control": "no-store" } });
