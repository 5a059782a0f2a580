import type { Row } from "./harness";
export async function benchScale(): Promise<Row[]> { return []; }
