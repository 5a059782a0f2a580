// Zoho's client types (API console) and what each needs (docs/zoho.md).
export const CLIENT_TYPES = ["SERVER", "SELF", "CLIENT", "MOBILE", "NON_BROWSER"] as const;
export type ClientTypeName = (typeof CLIENT_TYPES)[number];

type Rules = {
  label: string;
  redirectUris: "required" | "none";
  secret: "required" | "optional";
  pkce: boolean;
  multiDc: boolean;
  help: string;
};

export const CLIENT_TYPE_RULES: Record<ClientTypeName, Rules> = {
  SERVER: {
    label: "Server-based application",
    redirectUris: "required",
    secret: "required",
    pkce: false,
    multiDc: true,
    help: "A web server that receives the redirect and keeps the secret.",
  },
  SELF: {
    label: "Self Client",
    redirectUris: "none",
    secret: "required",
    pkce: false,
    multiDc: false,
    help: "No redirect: codes are generated in Zoho's API console for a scope and a duration (3–10 minutes).",
  },
  CLIENT: {
    label: "Client-based (JavaScript)",
    redirectUris: "required",
    secret: "optional",
    pkce: false,
    multiDc: true,
    help: "Runs in the browser (implicit flow); the console only keeps its settings.",
  },
  MOBILE: {
    label: "Mobile application",
    redirectUris: "required",
    secret: "optional",
    pkce: true,
    multiDc: true,
    help: "Uses PKCE (S256); its redirect URI may use the app's own scheme.",
  },
  // The device flow uses no PKCE, and its polling request sends the client secret (Zoho's "Non-browser
  // applications" pages: https://www.zoho.com/accounts/protocol/oauth/devices/polling-request.html).
  NON_BROWSER: {
    label: "Non-browser application",
    redirectUris: "none",
    secret: "required",
    pkce: false,
    multiDc: true,
    help: "TVs, CLIs, devices: the device flow under /oauth/v3/device (a user code entered on another screen; no redirect, no PKCE).",
  },
};
