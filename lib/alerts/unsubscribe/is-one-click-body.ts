// RFC 8058 §3.1: the one-click POST carries "List-Unsubscribe=One-Click", sent as
// application/x-www-form-urlencoded or multipart/form-data. Anything else is not an unsubscribe.
export async function isOneClickBody(contentType: string | null, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  try {
    if (type === "application/x-www-form-urlencoded")
      return new URLSearchParams(new TextDecoder("utf-8", { fatal: true }).decode(body)).get("List-Unsubscribe") === "One-Click";
    if (type === "multipart/form-data")
      return (await new Response(body, { headers: { "content-type": contentType! } }).formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    return false;
  }
  return false;
}
