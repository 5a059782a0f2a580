// Every field name that could hold a secret, in the spellings the console and Zoho use. pino's `redact`
// (fast-redact) matches exact paths, not names anywhere, so each name is listed at the top level and
// up to three levels down (`{ err: { config: { headers: { authorization } } } }`). A log line carries ids,
// names and outcomes; anything shaped like these is replaced by "[redacted]" whatever the caller passed.
export const SECRET_FIELDS = [
  // OAuth: Zoho's token answer and request (snake_case) and the console's own names (camelCase).
  "client_secret",
  "clientSecret",
  "secret",
  "refresh_token",
  "refreshToken",
  "access_token",
  "accessToken",
  "id_token",
  "idToken",
  "token",
  "code",
  "grant_code",
  "grantCode",
  "code_verifier",
  "codeVerifier",
  "pkceVerifier",
  "device_code",
  "deviceCode",
  "user_code",
  "userCode",
  // Stored ciphertexts (harmless without the key, but never needed in a log).
  "secretCipher",
  "pendingSecretCipher",
  "refreshCipher",
  "accessCipher",
  "pkceVerifierCipher",
  "deviceCodeCipher",
  // People's credentials and console API keys.
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "passphrase",
  "apiKey",
  "api_key",
  "key",
  // HTTP headers that carry credentials.
  "authorization",
  "Authorization",
  "cookie",
  "Cookie",
  "set-cookie",
  "x-api-key",
  // Configuration that holds keys or passwords.
  "AUTH_SECRET",
  "ENCRYPTION_KEY",
  "ENCRYPTION_KEYS_PREVIOUS",
  "encryptionKey",
  "METRICS_TOKEN",
  "AUTH_ZOHO_CLIENT_SECRET",
  "AUTH_OIDC_CLIENT_SECRET",
  "SMTP_URL",
  "smtpUrl",
  "DATABASE_URL",
  "databaseUrl",
  "connectionString",
] as const;

const DEPTH = 3;

/** The names above as fast-redact paths, from the top level down to DEPTH levels of nesting. */
export function redactPaths(fields: readonly string[] = SECRET_FIELDS): string[] {
  const paths: string[] = [];
  for (const field of fields) {
    const name = /^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`;
    for (let depth = 0; depth <= DEPTH; depth++) {
      const prefix = "*.".repeat(depth);
      paths.push(name.startsWith("[") ? (depth ? `${prefix.slice(0, -1)}${name}` : name) : `${prefix}${name}`);
    }
  }
  return paths;
}
