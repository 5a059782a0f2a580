import "server-only";
import { env } from "@/lib/config/env";
import { createKeyring, decrypt, encrypt, type Keyring } from "./envelope";

let ring: Keyring | undefined;
function keyring(): Keyring {
  return (ring ??= createKeyring(env().ENCRYPTION_KEY, env().ENCRYPTION_KEYS_PREVIOUS));
}

export const seal = (plain: string) => encrypt(plain, keyring());
export const unseal = (envelope: string) => decrypt(envelope, keyring());
