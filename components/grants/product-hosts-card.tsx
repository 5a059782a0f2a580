import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { PRODUCTS, type ProductHosts, type ProductId } from "@/lib/zoho/product-hosts";

// Where Zoho's products answer in the grant's data centre, when that is not the api_domain itself
// (lib/zoho/product-hosts.ts, sources cited there).
export function ProductHostsCard({ hosts, sandbox }: { hosts: ProductHosts; sandbox: boolean }) {
  const rows = Object.entries(hosts) as [ProductId, string][];
  return (
    <Card>
      <h2 className="text-sm font-semibold">Product API hosts</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted" data-testid="no-product-hosts">
          None known for this data centre: call the API domain, and check the product&apos;s own API documentation for its host.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            {sandbox
              ? "The built-in sandbox answers these products under this grant's API domain, at the paths they have at Zoho."
              : "Products that do not answer at the API domain in this data centre; the same token works there, within its scopes."}
          </p>
          <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4 gap-y-2 text-sm" data-testid="product-hosts">
            {rows.map(([product, url]) => (
              <div key={product} className="contents">
                <dt className="text-muted">{PRODUCTS[product]}</dt>
                <dd className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                  <span className="min-w-0 font-mono break-all">{url}</span>
                  <CopyButton value={url} label={`Copy ${PRODUCTS[product]} URL`} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Card>
  );
}
