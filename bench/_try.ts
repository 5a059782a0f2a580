import { prepareDatabase } from "./harness";
import { seedBench } from "./seed-scale";
const n = Number(process.env.N ?? 100000);
const env = await prepareDatabase("pglite:./.data/try-scale");
const t0 = performance.now();
const s = await seedBench({ databaseUrl: env.DATABASE_URL, encryptionKey: env.ENCRYPTION_KEY, sizes: { small: { clients: 100, grants: 1000, audit: n / 100 }, large: { clients: 10000, grants: 100000, audit: n } }, analyze: false });
console.log((performance.now() - t0) / 1000, JSON.stringify(s.workspaces.large));
