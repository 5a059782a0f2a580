// Zoho Mail's answers: {"status": {"code", "description"}, "data": {…}} (Get All Accounts,
// https://www.zoho.com/mail/help/api/get-all-users-accounts.html; statuses from Mail's Response Codes page,
// https://www.zoho.com/mail/help/api/response-codes.html: 400, 401, 404). The errors' data, as Zoho's clients
// recorded them from mail.zoho.com/api/accounts: no token → 400 INVALID_TICKET "Invalid Input"; a bad token →
// 401 INVALID_OAUTHTOKEN "Invalid Access"; no scope → 401 INVALID_OAUTHSCOPE. Mail's page lists no 429: the
// sandbox's rate-limit answer (URL_RULE_NOT_CONFIGURED too) keeps the envelope and is flagged in docs/zoho.md.
const ERRORS = {
  INVALID_TICKET: [400, "Invalid Input", { moreInfo: "Invalid ticket" }],
  INVALID_OAUTHTOKEN: [401, "Invalid Access", {}],
  INVALID_OAUTHSCOPE: [401, "Invalid Access", {}],
  URL_RULE_NOT_CONFIGURED: [404, "Invalid Input", {}],
  TOO_MANY_REQUESTS: [429, "Too many requests", {}],
} as const;
export type MailErrorCode = keyof typeof ERRORS;

export function mailError(errorCode: MailErrorCode): Response {
  const [status, description, more] = ERRORS[errorCode];
  return Response.json(
    { data: { errorCode, ...more }, status: { code: status, description } },
    { status, headers: { "cache-control": "no-store" } },
  );
}
