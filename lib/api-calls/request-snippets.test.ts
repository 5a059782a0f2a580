import { describe, expect, it } from "vitest";
import { curlSnippet, nodeSnippet, pythonSnippet, type SnippetRequest } from "./request-snippets";

const coql: SnippetRequest = {
  method: "POST",
  base: "api",
  url: "https://www.zohoapis.eu/crm/v8/coql",
  rest: "/crm/v8/coql",
  headers: [["X-Note", "it's mine"]],
  body: "{\"select_query\":\"select Last_Name from Leads where Last_Name = 'O''Brien' limit 1\"}",
  tokenApiUrl: "https://console.example/api/v1/grants/g1/access-token",
};
const desk: SnippetRequest = {
  method: "GET",
  base: "desk",
  url: "https://desk.zoho.eu/api/v1/organizations",
  rest: "/organizations",
  headers: [],
  body: "",
  tokenApiUrl: "https://console.example/api/v1/grants/g1/access-token",
};

describe("copy as cURL / Node / Python", () => {
  it("cURL takes the token from the shell and quotes what it sends for a POSIX shell", () => {
    const curl = curlSnippet(coql);
    expect(curl).toContain(`curl -X POST 'https://www.zohoapis.eu/crm/v8/coql'`);
    expect(curl).toContain(`-H "Authorization: Zoho-oauthtoken $ZOHO_ACCESS_TOKEN"`);
    expect(curl).toContain(`-H 'X-Note: it'\\''s mine'`);
    expect(curl).toContain(`-H "Content-Type: application/json"`);
    expect(curl).toContain(`--data '{"select_query":"select Last_Name from Leads where Last_Name = '\\''O'\\'''\\''Brien'\\'' limit 1"}'`);
  });

  it("a GET carries no body", () => {
    expect(curlSnippet(desk)).not.toContain("--data");
    expect(curlSnippet({ ...desk, body: "{}" })).not.toContain("--data");
  });

  it("Node and Python get the token from the console's token API and call the host its answer names", () => {
    const node = nodeSnippet(desk);
    expect(node).toContain('fetch("https://console.example/api/v1/grants/g1/access-token"');
    expect(node).toContain("process.env.ZOC_API_KEY");
    expect(node).toContain("`${token.product_hosts.desk}/organizations`");
    expect(nodeSnippet(coql)).toContain("`${token.api_domain}/crm/v8/coql`");
    expect(nodeSnippet(coql)).toContain(`body: JSON.stringify(${coql.body})`);
    const python = pythonSnippet(coql);
    expect(python).toContain(`token["api_domain"] + "/crm/v8/coql"`);
    expect(python).toContain("os.environ['ZOC_API_KEY']");
    expect(python).toContain("json=json.loads(");
    expect(pythonSnippet(desk)).toContain(`token["product_hosts"]["desk"] + "/organizations"`);
  });

  it("the accounts server (not in the token API's answer) is written out", () => {
    const profile: SnippetRequest = {
      ...desk,
      base: "accounts",
      url: "https://accounts.zoho.eu/oauth/user/info",
      rest: "/oauth/user/info",
    };
    expect(nodeSnippet(profile)).toContain('`${"https://accounts.zoho.eu"}/oauth/user/info`');
    expect(pythonSnippet(profile)).toContain('"https://accounts.zoho.eu" + "/oauth/user/info"');
  });

  it("no snippet can run code from a path: backticks and ${ are escaped in Node's template string", () => {
    expect(nodeSnippet({ ...desk, rest: "/x`${process.exit()}`" })).toContain("/x\\`\\${process.exit()}\\`");
  });
});
