import { permissionLayout } from "../../permission-layout";

// The settings page needs workspace:manage, checked above loading.tsx: anyone else gets a real 404.
export default permissionLayout("workspace:manage");
