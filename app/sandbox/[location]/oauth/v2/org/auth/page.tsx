// GET /sandbox/{location}/oauth/v2/org/auth — org-wide admin consent; the sandbox shows the same page.
export { default, metadata } from "../../auth/page";
