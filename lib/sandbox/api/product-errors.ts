import { booksError } from "./books-errors";
import { crmError } from "./crm-errors";
import { deskError } from "./desk-errors";
import { mailError } from "./mail-errors";

// Each product refuses a token, a scope, a path or a flood in its own shape (the *-errors.ts files name
// the sources). The sandbox's product is known from the path's first segment (SANDBOX_PRODUCT_PATHS in
// lib/zoho/product-hosts.ts); anything else is the api_domain's own product, CRM.
export type Refusal = "missingToken" | "invalidToken" | "scopeMismatch" | "notFound" | "rateLimited";
export type ProductId = "crm" | "bigin" | "books" | "desk" | "mail";

const CRM: Record<Refusal, () => Response> = {
  missingToken: () => crmError("AUTHENTICATION_FAILURE"),
  invalidToken: () => crmError("INVALID_TOKEN"),
  scopeMismatch: () => crmError("OAUTH_SCOPE_MISMATCH"),
  notFound: () => crmError("INVALID_URL_PATTERN"),
  rateLimited: () => crmError("TOO_MANY_REQUESTS"),
};

const REFUSALS: Record<ProductId, Record<Refusal, () => Response>> = {
  crm: CRM,
  bigin: CRM,
  // Books has no separate "no token" answer in its table: a missing token does not authenticate (401).
  books: {
    missingToken: () => booksError("invalidToken"),
    invalidToken: () => booksError("invalidToken"),
    scopeMismatch: () => booksError("scopeMismatch"),
    notFound: () => booksError("notFound"),
    rateLimited: () => booksError("rateLimited"),
  },
  desk: {
    missingToken: () => deskError("UNAUTHORIZED"),
    invalidToken: () => deskError("INVALID_OAUTH"),
    scopeMismatch: () => deskError("SCOPE_MISMATCH"),
    notFound: () => deskError("URL_NOT_FOUND"),
    rateLimited: () => deskError("TOO_MANY_REQUESTS"),
  },
  mail: {
    missingToken: () => mailError("INVALID_TICKET"),
    invalidToken: () => mailError("INVALID_OAUTHTOKEN"),
    scopeMismatch: () => mailError("INVALID_OAUTHSCOPE"),
    notFound: () => mailError("URL_RULE_NOT_CONFIGURED"),
    rateLimited: () => mailError("TOO_MANY_REQUESTS"),
  },
};

export const refuse = (product: ProductId, refusal: Refusal) => REFUSALS[product][refusal]();

/** The product a path under the sandbox's api_domain belongs to, by its first segment. */
export function productOf(segments: string[]): ProductId {
  const first = segments[0];
  return first === "bigin" || first === "books" || first === "desk" || first === "mail" ? first : "crm";
}
