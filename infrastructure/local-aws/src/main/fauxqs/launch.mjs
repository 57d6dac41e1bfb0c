// Starts fauxqs on loopback only (its own CLI binds 0.0.0.0). Usage: node launch.mjs PORT
import { buildApp } from "fauxqs";
const port = Number(process.argv[2] ?? 0);
const app = buildApp({ logger: false });
const address = await app.listen({ port, host: "127.0.0.1" });
console.log(JSON.stringify({ listening: address }));
