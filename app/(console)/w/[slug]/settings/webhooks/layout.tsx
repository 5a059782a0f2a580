import { permissionLayout } from "../../permission-layout";

// Every webhooks page needs webhooks:manage, checked above loading.tsx: anyone else gets a real 404.
export default permissionLayout("webhooks:manage");
