import { z } from "zod";

const claimsSchema = z.object({
  sub: z.union([z.string(), z.number()]).transform(String),
  aud: z.union([z.string(), z.array(z.string())]),
  email: z.string().optional(),
});

/**
 * Who granted, from the ID token of an OpenID Connect answer (scopes openid, email, profile): its
 * sub is the user's ZUID, as /oauth/user/info's ZUID. The token came straight from an allowed accounts
 * server's token endpoint over the console's own connection, so its signature need not be checked
 * (OpenID Connect Core §3.1.3.7: TLS server validation MAY replace it); its audience must still be
 * this client. Anything unreadable is no user.
 */
export function idTokenUser(idToken: string | undefined | null, clientId: string): { zohoUserId: string; email: string | null } | null {
  const payload = idToken?.split(".")[1];
  if (!payload || payload.length > 8_000) return null;
  try {
    const claims = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    if (!claims.success) return null;
    const audience = Array.isArray(claims.data.aud) ? claims.data.aud : [claims.data.aud];
    if (!audience.includes(clientId) || !/^\d{1,30}$/.test(claims.data.sub)) return null;
    return { zohoUserId: claims.data.sub, email: claims.data.email ?? null };
  } catch {
    return null;
  }
}
