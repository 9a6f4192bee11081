// oss-local in a process of its own, for the bench (bench/oss-local-process.ts starts it): the options
// come as JSON in argv[2]; the bound ports go out as one JSON line on stdout; it runs until killed.
import { startInlineOssLocal, type BenchOssLocalOptions } from './oss-local-process';

const server = await startInlineOssLocal(JSON.parse(process.argv[2] ?? '{}') as BenchOssLocalOptions);
const { httpPort, endpointHost, region } = server;
process.stdout.write(`${JSON.stringify({ httpPort, endpointHost, region })}\n`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
