import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/config/env";
import { DEVICE_COOKIE_DAYS, deviceKey, signDevice, verifyDevice, type Device } from "./device-cookie";

// Where the device cookie lives: HttpOnly (no script reads it), Lax, and on an https console (APP_URL)
// Secure with the __Host- prefix (only this origin, path /, can set it).
const secure = () => env().APP_URL?.startsWith("https://") ?? false;
const cookieName = () => (secure() ? "__Host-console-device" : "console-device");

let cached: { secret: string; key: Buffer } | undefined;
function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (cached?.secret !== secret) cached = { secret, key: deviceKey(secret) };
  return cached.key;
}

/** The device a sign-in request's cookie vouches for, if any (verified, not expired). */
export function deviceOf(headers: Headers): Device | null {
  const name = `${cookieName()}=`;
  const value = headers
    .get("cookie")
    ?.split(/;\s*/)
    .find((c) => c.startsWith(name))
    ?.slice(name.length);
  return verifyDevice(key(), value);
}

/** After a successful sign-in: this browser is a known device of the user (the same one, renewed, if it was). */
export async function rememberDevice(userId: string, known: Device | null) {
  const { value } = signDevice(key(), userId, known?.userId === userId ? known.nonce : undefined);
  (await cookies()).set(cookieName(), value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}
