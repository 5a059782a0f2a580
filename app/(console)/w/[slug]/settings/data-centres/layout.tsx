import { permissionLayout } from "../../permission-layout";

// The data centres page needs datacentres:manage, checked above loading.tsx: anyone else gets a real 404.
export default permissionLayout("datacentres:manage");
