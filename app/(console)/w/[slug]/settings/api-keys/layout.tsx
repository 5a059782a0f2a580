import { permissionLayout } from "../../permission-layout";

// The API keys page needs apikeys:manage, checked above loading.tsx: anyone else gets a real 404.
export default permissionLayout("apikeys:manage");
