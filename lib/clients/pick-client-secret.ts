// The encrypted secret to send to the accounts server of `location`: the data centre's own when the client
// has one (Zoho's Multi-DC setting with separate secrets per DC), else the client's. The one rule for the
// callback's exchange, refreshes, the device flow and Self Client codes and client_credentials.
export function pickClientSecret(
  client: { secretCipher: string | null; dcSecrets: { location: string; secretCipher: string }[] },
  location: string,
): string | null {
  return client.dcSecrets.find((s) => s.location === location)?.secretCipher ?? client.secretCipher;
}
