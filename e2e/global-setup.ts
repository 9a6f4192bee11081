// Starts the dev stack once for the suite: oss-local (HTTP+HTTPS), the broker in local mode and the
// built console. Ports differ from `npm start`'s so a running dev stack does not get in the way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevStack } from '../server/dev';
import { upsertSyntheticFolder } from '../server/object-store/manifest';

// E2E_PORT_OFFSET lets two suites run side by side (e.g. two checkouts on one machine).
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const E2E_PORTS = {
  ossPort: 19000 + offset,
  ossHttpsPort: 19443 + offset,
  cosPort: 19100 + offset,
  cosHttpsPort: 19543 + offset,
  brokerPort: 18787 + offset,
  consolePort: 15173 + offset,
} as const;
/** Synthetic folders (keys generated, nothing on disk): a big one for scrolling, a 10,000 one for exports. */
export const E2E_SYNTHETIC = [
  { bucket: 'examplebucket', prefix: 'big/', count: 100_000 },
  { bucket: 'examplebucket', prefix: 'export-10k/', count: 10_000 },
] as const;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oss-link-e2e-'));
  for (const folder of E2E_SYNTHETIC)
    upsertSyntheticFolder(dataDir, { ...folder, lastModified: Date.UTC(2024, 0, 15) });
  // the same big folder on the COS sample bucket (cos-local keeps its data in <dataDir>/cos-local)
  upsertSyntheticFolder(join(dataDir, 'cos-local'), {
    bucket: 'examplebucket-1250000000',
    prefix: 'big/',
    count: 100_000,
    lastModified: Date.UTC(2024, 0, 15),
  });
  const stack = await startDevStack({
    console: 'dist',
    ...E2E_PORTS,
    dataDir,
    control: true,
    logLevel: 'error',
    // as `npm start -- --max-duration 3600`: a 9 h link shows the cap (npm start's default reaches 9 h)
    maxDurationSeconds: 3600,
  });
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_CONSOLE_URL = stack.consoleUrl;
  process.env.E2E_BROKER_URL = stack.brokerUrl;
  process.env.E2E_OSS_HTTP = stack.ossHttpEndpoint;
  process.env.E2E_OSS_HTTPS = stack.ossHttpsEndpoint;
  return async () => {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
