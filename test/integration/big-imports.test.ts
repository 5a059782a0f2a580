import { beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { Session, locationOf } from "./session";

// Big bodies and big registries: the import answers every size with its own message, an ordinary
// form answers an oversized post with a clear 413, and 7,000 clients import in batches while the
// console keeps answering, with progress and a summary that names every skipped row.
const seeded = inject("seeded");
const owner = new Session();
const MB = 1024 * 1024;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
});

/** A client export in the transfer format (lib/clients/transfer/client-export-schema.ts): 7,000 of these are 0.9 MB. */
function clientExport(count: number, client: (i: number) => Record<string, unknown> = () => ({})) {
  return {
    format: "zoho-oauth-console/clients@1",
    exportedAt: new Date().toISOString(),
    clients: Array.from({ length: count }, (_, i) => ({
      name: `B${i + 1}`,
      zohoClientId: `1000.B${String(i + 1).padStart(9, "0")}`,
      type: "SERVER",
      provider: "ZOHO",
      environment: "PRODUCTION",
      homeDc: "us",
      ...(i % 4 === 0 ? { redirectUris: ["https://b.test/cb"] } : {}),
      ...client(i),
    })),
  };
}

const jsonFile = (doc: unknown) => new Blob([JSON.stringify(doc)], { type: "application/json" });

async function newWorkspace(name: string): Promise<string> {
  const response = await submitForm(
    owner,
    "/workspaces/new",
    findForm(await (await owner.fetch("/workspaces/new")).text(), "create-workspace"),
    { name },
  );
  return /^\/w\/([^/?]+)/.exec(new URL(locationOf(response), owner.baseUrl).pathname)![1];
}

/**
 * Posts a file through the page's import form: as a browser without JavaScript does (to wherever the
 * form says, then following the redirect to the page that shows the outcome), or with `accept` as the
 * page's script or another program does.
 */
async function importFile(slug: string, file: Blob, { passphrase = "", accept }: { passphrase?: string; accept?: string } = {}) {
  const page = `/w/${slug}/clients/transfer`;
  const form = findForm(await (await owner.fetch(page)).text(), "import-clients");
  const body = new FormData();
  for (const [name, value] of form.fields) if (name !== "file" && name !== "passphrase") body.append(name, value);
  body.append("file", file, "export.json");
  body.append("passphrase", passphrase);
  const response = await owner.fetch(form.action ?? page, {
    method: "POST",
    body,
    headers: { accept: accept ?? "text/html,application/xhtml+xml" },
  });
  if (response.status === 303 && !accept) {
    const shown = await owner.fetch(locationOf(response));
    return { status: shown.status, text: decodeHtml(await shown.text()), type: shown.headers.get("content-type") };
  }
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
}

describe("import size", () => {
  it("a 3 MB export (under the import's 5 MB) is imported, with the import's own answer", async () => {
    const slug = await newWorkspace("Three megabytes");
    const file = jsonFile(clientExport(1_500, () => ({ notes: "n".repeat(1_990) })));
    expect(file.size).toBeGreaterThan(3 * MB - 100_000);
    const answer = await importFile(slug, file);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("Imported 1,500 clients (0 with secrets).");
  });

  it("a 3 MB file that is no export gets the import's own message", async () => {
    const slug = await newWorkspace("Not an export");
    const answer = await importFile(slug, new Blob(["x".repeat(3 * MB)], { type: "application/json" }));
    expect(answer.status).toBe(200);
    expect(answer.text).toContain("This file is not JSON");
  });

  it("a 6 MB file (over the import's limit) gets the import's own message, in the page and as problem JSON", async () => {
    const slug = await newWorkspace("Six megabytes");
    const file = jsonFile(clientExport(3_000, () => ({ notes: "n".repeat(1_990) })));
    expect(file.size).toBeGreaterThan(6 * MB - 100_000);
    const page = await importFile(slug, file);
    expect(page.status).toBe(200);
    expect(page.text).toContain("The file is larger than 5 MB");
    const api = await importFile(slug, file, { accept: "application/json" });
    expect(api.status).toBe(413);
    expect(api.type).toBe("application/problem+json");
    expect(JSON.parse(api.text)).toMatchObject({ status: 413, errors: { file: ["The file is larger than 5 MB"] } });
    expect(await (await owner.fetch(`/w/${slug}/clients?q=B1`)).text()).not.toContain(">B1<");
  });
});

describe("an ordinary form posting 3 MB", () => {
  const page = () => `/w/${seeded.slug}/settings`;

  it("is refused with a clear 413 page, not a 500", async () => {
    const form = findForm(await (await owner.fetch(page())).text(), "rename-workspace");
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, name === "name" ? "n".repeat(3 * MB) : value);
    const response = await owner.fetch(page(), { method: "POST", body, headers: { accept: "text/html" } });
    const text = await response.text();
    expect(response.status).toBe(413);
    expect(text).toContain("The request is too large");
    expect(text).not.toMatch(/\bat \S+ \(|node_modules/);
    expect(await (await owner.fetch(page())).text()).not.toContain("nnnnnnnn");
  });

  it("is refused with problem JSON when sent by a script, with or without Content-Length", async () => {
    const form = findForm(await (await owner.fetch(page())).text(), "rename-workspace");
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, name === "name" ? "n".repeat(3 * MB) : value);
    const sized = await owner.fetch(page(), { method: "POST", body, headers: { accept: "application/json" } });
    expect(sized.status).toBe(413);
    expect(await sized.json()).toMatchObject({ type: expect.stringMatching(/too-large$/), status: 413 });

    // Chunked: no Content-Length to go by.
    const bytes = new TextEncoder().encode("x".repeat(3 * MB));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await owner.fetch(page(), {
      method: "POST",
      body: stream,
      headers: { "content-type": "multipart/form-data; boundary=x", accept: "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("rows the import cannot take", () => {
  it("are skipped and named one by one, with the reason; the rest are imported", async () => {
    const slug = await newWorkspace("Bad rows");
    const doc = clientExport(3);
    doc.clients.push(
      { ...doc.clients[0], name: "Twice" }, // row 4: the same client as row 1
      { ...doc.clients[1], zohoClientId: "not-a-client-id", name: "Bad id" }, // row 5
      { ...doc.clients[2], zohoClientId: "1000.NUL0000000000", name: "Nul\u0000name" }, // row 6
      "not an object" as never, // row 7
    );
    const first = await importFile(slug, jsonFile(doc), { accept: "application/json" });
    expect(first.status).toBe(200);
    const summary = JSON.parse(first.text);
    expect(summary).toMatchObject({ created: 3, exists: 0, duplicate: 1, invalid: 3 });
    expect(summary.skipped.map((s: { row: number; kind: string }) => [s.row, s.kind])).toEqual([
      [4, "duplicate"],
      [5, "invalid"],
      [6, "invalid"],
      [7, "invalid"],
    ]);
    expect(summary.skipped[0].reason).toBe("the same client as row 1");
    expect(summary.skipped[1]).toMatchObject({ name: "Bad id", reason: expect.stringContaining("zohoClientId") });
    expect(summary.skipped[2].reason).toBe("contains a NUL character");

    // Again, without JavaScript: everything is registered by now, and the page says so.
    const again = await importFile(slug, jsonFile(doc));
    expect(again.text).toContain(
      "Imported 0 clients (0 with secrets). Skipped 7: 3 already registered, 1 listed twice in the file, 3 invalid.",
    );
  });
});

describe("7,000 clients (0.9 MB)", () => {
  it("are imported in batches with progress, the count reported, while a signed-in page keeps answering", async () => {
    const slug = await newWorkspace("Seven thousand");
    const file = jsonFile(clientExport(7_000));
    expect(file.size).toBeLessThan(MB);
    const page = async () => {
      const started = performance.now();
      const response = await owner.fetch(`/w/${seeded.slug}`);
      await response.text();
      expect(response.status).toBe(200);
      return performance.now() - started;
    };
    const before = [await page(), await page(), await page()];
    const t0 = performance.now();
    let importMs = 0;
    const lines: { type: string; done?: number; total?: number; created?: number; message?: string }[] = [];
    const imported = importFile(slug, file, { accept: "application/x-ndjson" }).then((answer) => {
      importMs = performance.now() - t0;
      return answer;
    });
    // Pages asked one after another while the import runs (the old import held the whole embedded
    // database for all of it: 80 s on a busy machine, the page waiting as long).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const pages: number[] = [];
    do pages.push(await page());
    while (!importMs);
    const answer = await imported;
    console.log(
      `7,000-client import: ${Math.round(importMs)} ms; a page before it (ms): ${before.map(Math.round).join(", ")}; during it: ${pages.map(Math.round).join(", ")}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/x-ndjson/);
    for (const line of answer.text.trim().split("\n")) lines.push(JSON.parse(line));
    expect(lines[0]).toEqual({ type: "started", total: 7_000 });
    expect(lines.filter((l) => l.type === "progress").length).toBeGreaterThan(5);
    expect(lines.at(-1)).toMatchObject({ type: "finished", created: 7_000, message: "Imported 7,000 clients (0 with secrets)." });
    // Loose, functional: no page waited anywhere near as long as the import.
    expect(Math.max(...pages), `pages took ${pages.map(Math.round).join(", ")} ms during a ${Math.round(importMs)} ms import`).toBeLessThan(
      5_000,
    );
    const list = await (await owner.fetch(`/w/${slug}/clients?q=B7000`)).text();
    expect(list).toContain("B7000");
  }, 180_000);
});
