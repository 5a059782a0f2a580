import { permissionLayout } from "../permission-layout";

// Every page under authorize/ needs the authorize permission, checked above loading.tsx: anyone else gets a real 404.
export default permissionLayout("authorize");
