// The shapes of Zoho's client ids and Self Client codes. Zoho's ids are <digits>.<alphanumerics>:
// 1000. is the common prefix (the API console's clients), but Zoho's own device flow example uses
// 1004.… (docs/zoho.md, Corrections: "Client ids"), so the number is never assumed.
// Codes and tokens are <digits>.<part>.<part> (Zoho's Self Client page shows 1000.<32 hex>.<32 hex>).

/** Client id: digits, a dot, alphanumerics (Zoho's are 1000. plus 30; 10 to 100 accepted). */
export const ZOHO_CLIENT_ID = /^\d{1,10}\.[A-Za-z0-9]{10,100}$/;
/** A Self Client's grant code as Zoho's API console shows it. */
export const ZOHO_GRANT_CODE = /^\d{1,10}\.[A-Za-z0-9]{16,100}\.[A-Za-z0-9]{16,100}$/;

export const isZohoClientId = (id: string) => ZOHO_CLIENT_ID.test(id);

export const CLIENT_ID_HINT = "A Zoho client id is digits, a dot and letters or digits, e.g. 1000.ABCDEF… (copy it from the API console)";
