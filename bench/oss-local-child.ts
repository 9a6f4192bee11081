// oss-local in a process of its own, for the bench (bench/oss-local-process.ts starts it): the options
// come as JSON in argv[2]; the bound ports go out as one JSON line on stdout; it runs until killed.
import { startOssLocal, type StartOssLocalOptions } from '../server/oss-local/server';

const options = JSON.parse(process.argv[2] ?? '{}') as StartOssLocalOptions;
const server = await startOssLocal({ ...options, httpPort: 0, httpsPort: 0, dataDir: null });
process.stdout.write(
  `${JSON.stringify({ httpPort: server.httpPort, endpointHost: server.endpointHost, region: server.region })}\n`,
);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
