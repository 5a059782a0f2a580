import { dataCentreLabel } from "@/lib/data-centres/current-data-centres";
import { html } from "./html";
import { renderSandboxPage } from "./render-sandbox-page";

type DeviceCodePage = { status?: number; location: string; action: string; userCode: string; problem?: string };

// Zoho's device verification page (verification_url): type the code the device shows, then consent.
// Zoho's own page takes four characters, a dash and four more.
export function renderDeviceCodePage({ status = 200, location, action, userCode, problem }: DeviceCodePage): Response {
  const body = html`<div class="card">
<p class="muted">Accounts server: ${dataCentreLabel(location)} (<code>${location}</code>), sandbox</p>
<h1>Zoho sandbox — connect a device</h1>
<p>Enter the code your device, TV or command line shows. You will see what it asks for before you answer.</p>
<form method="post" action="${action}">
<fieldset>
<legend><label for="user_code">Code</label></legend>
<input id="user_code" name="user_code" value="${userCode}" required autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" placeholder="ABCD-EFGH" class="mono" style="font-size:20px;letter-spacing:.1em;padding:6px 10px;width:12em"${problem ? html` aria-invalid="true" aria-describedby="code-problem"` : ""}>
${problem && html`<p id="code-problem" role="alert" data-testid="sandbox-device-problem" style="color:var(--danger)">${problem}</p>`}
</fieldset>
<div class="actions"><button type="submit" class="accept">Continue</button></div>
</form>
</div>`;
  return renderSandboxPage({ status, title: "Connect a device", body });
}
