// The token API's ceiling: a minimal Node HTTP server answering every request with the same JSON the
// console's token API returned (BENCH_CEILING_BODY), on 127.0.0.1:BENCH_CEILING_PORT. Nothing is
// looked up, checked or decrypted: what HTTP alone costs on this machine.
import http from "node:http";

const body = process.env.BENCH_CEILING_BODY ?? "{}";
const port = Number(process.env.BENCH_CEILING_PORT);
http
  .createServer((request, response) => {
    request.resume();
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    response.end(body);
  })
  .listen(port, "127.0.0.1");
