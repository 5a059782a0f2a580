import "server-only";
import { renderDeviceCodePage } from "./render-device-code-page";

// GET {accounts-server}/oauth/v3/device[?user_code=…] — the verification page; the complete URL
// (verification_uri_complete) fills the code in.
export async function showDevicePage(request: Request, { location }: { location: string }): Promise<Response> {
  const typed = new URL(request.url).searchParams.get("user_code") ?? "";
  return renderDeviceCodePage({ location, action: `/sandbox/${location}/oauth/v3/device/verify`, userCode: typed.slice(0, 20) });
}
