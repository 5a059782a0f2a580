import { html } from "./html";
import { renderSandboxPage } from "./render-sandbox-page";

// Zoho's own error page: shown on the accounts server, with NO redirect back to the application
// (a redirect URI that was not checked must never receive anything).
export function renderErrorPage(status: number, title: string, message: string): Response {
  return renderSandboxPage({
    status,
    title,
    body: html`<div class="card error" role="alert">
<h1 data-testid="sandbox-error">${title}</h1>
<p>${message}</p>
<p class="muted">Zoho shows this page itself and does not redirect back to the application.</p>
</div>`,
  });
}
