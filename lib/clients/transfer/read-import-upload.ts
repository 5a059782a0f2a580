import "server-only";
import { readBodyUpTo } from "@/lib/body-limit/read-body-up-to";
import { IMPORT_BODY_LIMIT_BYTES, IMPORT_FILE_LIMIT_BYTES } from "./import-file-limit";
import type { ImportRefusal } from "./import-outcome";

// The import form's upload (multipart: file, passphrase), read with the import's own limit so a file
// of any size is answered with the form's message; reading stops at the limit.
export async function readImportUpload(request: Request): Promise<{ text: string; passphrase: string } | ImportRefusal> {
  const body = await readBodyUpTo(request, IMPORT_BODY_LIMIT_BYTES);
  if (!body) return { refused: "too-large" };
  const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } })
    .formData()
    .catch(() => null);
  if (!form) return { refused: "unreadable" };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { refused: "no-file" };
  if (file.size > IMPORT_FILE_LIMIT_BYTES) return { refused: "too-large" };
  return { text: await file.text(), passphrase: String(form.get("passphrase") ?? "") };
}
